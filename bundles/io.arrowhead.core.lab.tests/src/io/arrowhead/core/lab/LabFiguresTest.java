package io.arrowhead.core.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.VolumeRequest;
import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * The figures of docs/benchmarks.md: attach split into its steps, and move, measured from the operations log of
 * real operations on the lab. Written to target/lab-figures.txt; the test asserts only that every operation worked.
 */
@ExtendWith(LabExtension.class)
class LabFiguresTest {

    private static final int RUNS = 3;

    private LabConsole console;

    @BeforeEach
    void start(Lab lab) throws Exception {
        console = new LabConsole(lab);
    }

    @AfterEach
    void stop() throws Exception {
        console.close();
    }

    @Test
    void attachAndMoveTimes() throws Exception {
        Map<String, List<Duration>> figures = new TreeMap<>();
        for (int run = 0; run < RUNS; run++) {
            // A new volume each run, so that every attach finds a blank device and makes a filesystem.
            String name = "lab-figures-" + run;
            String volumeId = console.observer.createVolume(VolumeRequest.ofGib(
                console.observer.storagePools().get(0).id(), name, 16, VolumeType.THIN_PROVISIONED));
            OperationRecord attach = succeed(HostOperations.attach(console.connection, volumeId, console.host(1),
                AttachOptions.defaults(name)));
            add(figures, "attach: total", attach.duration());
            for (StepRecord step : attach.steps()) {
                add(figures, "attach: " + phase(step.name()), step.duration());
            }
            add(figures, "move (detach on A, attach on B)", succeed(HostOperations.move(console.connection, name,
                console.host(1), console.host(2), AttachOptions.DEFAULT_DEVICE_TIMEOUT)).duration());
            add(figures, "detach", succeed(HostOperations.detach(console.connection, console.host(2), name))
                .duration());
            console.observer.removeVolume(volumeId, RemoveMode.ONLY_ME);
        }
        write(figures);
    }

    /** Step names carry volume and host names; the figures group them by what the step does. */
    private static String phase(String step) {
        for (String prefix : List.of("Check", "Find the SDC", "Map", "Wait for the device", "Probe", "Make",
            "Create Docker volume")) {
            if (step.startsWith(prefix)) {
                return prefix.toLowerCase();
            }
        }
        return step;
    }

    private static OperationRecord succeed(HostOperationJob job) throws InterruptedException {
        IStatus status = LabConsole.run(job);
        assertEquals(IStatus.OK, status.getSeverity(), status.getMessage());
        return job.record();
    }

    private static void add(Map<String, List<Duration>> figures, String what, Duration duration) {
        figures.computeIfAbsent(what, key -> new ArrayList<>()).add(duration);
    }

    private static void write(Map<String, List<Duration>> figures) throws Exception {
        StringBuilder text = new StringBuilder("# what: milliseconds of each of " + RUNS + " runs (median), 16 GiB thin volumes, ext4\n");
        figures.forEach((what, durations) -> {
            List<Long> millis = durations.stream().map(Duration::toMillis).sorted().toList();
            text.append(what).append(": ").append(durations.stream().map(d -> String.valueOf(d.toMillis())).toList())
                .append(" (median ").append(millis.get(millis.size() / 2)).append(")\n");
        });
        Path output = Path.of(System.getProperty("arrowhead.lab.output", "target"), "lab-figures.txt");
        Files.writeString(output, text);
        System.out.print(text);
    }
}
