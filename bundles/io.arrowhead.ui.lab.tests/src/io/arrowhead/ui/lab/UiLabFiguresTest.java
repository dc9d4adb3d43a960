package io.arrowhead.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.core.lab.Lab;
import io.arrowhead.core.lab.LabExtension;
import io.arrowhead.ui.testing.FreezeMonitor;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The console figures of docs/benchmarks.md on the lab: a drop on a Docker host until its Docker volume shows in
 * the tree, split into the wait for the device and the rest; a move by drop until it shows on the other host; the
 * longest UI-thread event meanwhile. Written to target/ui-lab-figures.txt; asserts only that every operation worked.
 */
@ExtendWith({ScreenshotOnFailure.class, LabExtension.class})
class UiLabFiguresTest {

    private static final int RUNS = 3;

    private final UiDriver ui = new UiDriver();

    @Test
    void dropToTreeAndMoveTimes(Lab lab) throws Exception {
        Map<String, List<Long>> figures = new LinkedHashMap<>();
        String longestCause = "";
        try (LabInConsole console = new LabInConsole(ui, lab);
            FreezeMonitor freezes = FreezeMonitor.start(ui.display())) {
            freezes.reset();
            for (int run = 0; run < RUNS; run++) {
                // A new volume each run, so that every attach finds a blank device and makes a filesystem.
                String name = "ui-lab-figures-" + run;
                String volumeId = console.createVolume(name);
                LabInConsole.Attached attach = console.attachByDrop(volumeId, 1, name);
                assertEquals(OperationRecord.Outcome.SUCCEEDED, attach.record().outcome(), attach.record().message());
                long deviceWait = attach.record().steps().stream().filter(s -> s.name().startsWith("Wait for the device"))
                    .map(StepRecord::duration).mapToLong(Duration::toMillis).sum();
                add(figures, "attach: Attach pressed to Docker volume in the tree", attach.shown().toMillis());
                add(figures, "attach: device wait (step)", deviceWait);
                add(figures, "attach: everything else", attach.shown().toMillis() - deviceWait);
                add(figures, "attach: operation record (job only)", attach.record().duration().toMillis());
                if (run == RUNS - 1) {
                    LabInConsole.Attached move = console.moveByDrop(name, 1, 2);
                    assertEquals(OperationRecord.Outcome.SUCCEEDED, move.record().outcome(), move.record().message());
                    add(figures, "move: Move pressed to Docker volume in the tree of the other host",
                        move.shown().toMillis());
                    add(figures, "move: operation record (job only)", move.record().duration().toMillis());
                    console.refreshByF5(2);
                    add(figures, "longest UI-thread event during the attaches, the move and F5", freezes.longestMillis());
                    longestCause = freezes.longestCause();
                    console.detachAndDelete(2, name);
                } else {
                    console.detachAndDelete(1, name);
                }
            }
        }
        write(figures, longestCause);
    }

    private static void add(Map<String, List<Long>> figures, String what, long millis) {
        figures.computeIfAbsent(what, key -> new ArrayList<>()).add(millis);
    }

    private static void write(Map<String, List<Long>> figures, String longestCause) throws Exception {
        StringBuilder text = new StringBuilder("# what: milliseconds of each run (median), 16 GiB thin volumes, ext4,"
            + " drops through the navigator's drop assistant\n");
        figures.forEach((what, millis) -> {
            List<Long> sorted = millis.stream().sorted().toList();
            text.append(what).append(": ").append(millis).append(" (median ").append(sorted.get(sorted.size() / 2))
                .append(")\n");
        });
        text.append("what the UI thread ran in the longest event: ").append(longestCause).append('\n');
        Path output = Path.of(System.getProperty("arrowhead.lab.output", "target"), "ui-lab-figures.txt");
        Files.writeString(output, text);
        System.out.print(text);
    }
}
