package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.OperationSubject;
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.core.hosts.StepRecord;

class OperationsLogTest {

    private Path directory;

    @BeforeEach
    void start() throws Exception {
        directory = Files.createTempDirectory("arrowhead-operations-log");
    }

    @AfterEach
    void stop() throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void recordsSurviveARestartWithEveryStep() throws Exception {
        OperationsLog log = new OperationsLog(directory.resolve("app"));
        List<OperationRecord> heard = new CopyOnWriteArrayList<>();
        log.addListener(heard::add);
        OperationRecord first = record("one", OperationRecord.Outcome.SUCCEEDED);
        OperationRecord second = record("two", OperationRecord.Outcome.FAILED_NEEDS_ATTENTION);
        log.append(first);
        log.append(second);
        assertEquals(List.of(first, second), heard);

        List<OperationRecord> reloaded = new OperationsLog(directory.resolve("app")).entries();
        assertEquals(List.of(first, second), reloaded, "newest last, every field kept");
        assertEquals(StepRecord.Outcome.UNDO_FAILED, reloaded.get(1).steps().get(2).outcome());
        assertEquals(Duration.ofMillis(1500), reloaded.get(1).steps().get(1).duration());
    }

    @Test
    void aCorruptLineIsSkippedAndTheRestIsKept() throws Exception {
        OperationsLog log = new OperationsLog(directory);
        log.append(record("one", OperationRecord.Outcome.SUCCEEDED));
        Files.writeString(log.file(), "{\"id\":\"half\",\"start\":\"2025-\n", StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
        // An interrupted write leaves a line without its end; the next record must start on a line of its own.
        Files.writeString(log.file(), "not json at all", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        OperationsLog reloaded = new OperationsLog(directory);
        reloaded.append(record("two", OperationRecord.Outcome.CANCELLED));

        assertEquals(2, reloaded.skippedLines());
        assertEquals(List.of("one", "two"), reloaded.entries().stream().map(OperationRecord::id).toList());
        assertEquals(List.of("one", "two"), new OperationsLog(directory).entries().stream().map(OperationRecord::id)
            .toList(), "appending after a corrupt line still works");
    }

    @Test
    void aRealAttachIsLoggedWithItsStepsAndSurvivesAReload() throws Exception {
        try (HostsFixture fixture = new HostsFixture()) {
            var volume = fixture.unmappedVolume(0);
            HostsFixture.run(io.arrowhead.core.hosts.HostOperations.attach(fixture.connection, volume.id(), fixture.a,
                io.arrowhead.core.hosts.AttachOptions.defaults("logged")));

            OperationRecord record = new OperationsLog(fixture.appDirectory).entries().getLast();
            assertEquals(OperationRecord.Kind.ATTACH, record.kind());
            assertEquals(OperationRecord.Outcome.SUCCEEDED, record.outcome());
            assertEquals("logged", record.subject().dockerVolume());
            assertEquals("lab", record.subject().gateway());
            assertTrue(record.who().endsWith(" as " + CoreFixture.USER), record.who());
            assertEquals(7, record.steps().size(), record.steps().toString());
            String text = Files.readString(fixture.log.file());
            assertTrue(!text.contains(new String(HostsFixture.HOST_PASSWORD))
                && !text.contains(new String(CoreFixture.PASSWORD)), "no secret is ever logged");
        }
    }

    private static OperationRecord record(String id, OperationRecord.Outcome outcome) {
        Instant start = Instant.parse("2025-03-01T10:15:30.123456Z");
        List<StepRecord> steps = List.of(new StepRecord("Map vol-1 to SDC docker-01", StepRecord.Outcome.DONE,
            "", Duration.ofMillis(20)),
            new StepRecord("Wait for the device", StepRecord.Outcome.FAILED, "timed out \"30 s\"",
                Duration.ofMillis(1500)),
            new StepRecord("Unmap vol-1", StepRecord.Outcome.UNDO_FAILED, "gateway gone", Duration.ZERO));
        return new OperationRecord(id, start, start.plusSeconds(2), "alice as admin", OperationRecord.Kind.ATTACH,
            new OperationSubject("vol-1", "6c33633100000009", "data", List.of("docker-01"), "Demo"), steps, outcome,
            "Attaching failed; needs attention.");
    }
}
