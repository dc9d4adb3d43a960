package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.OperationsLogListener;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.Volume;

/** Listeners of the operations log see a host operation while it runs, step by step, and then its record. */
class OperationsLiveStepsTest {

    /** What a listener heard, in order: "started", "progressed" or "appended", with the record. */
    private record Heard(String what, OperationRecord record, List<OperationRecord> runningThen) {
    }

    private HostsFixture fixture;
    private final List<Heard> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fixture = new HostsFixture();
        fixture.log.addListener(new OperationsLogListener() {
            @Override
            public void operationStarted(OperationRecord running) {
                heard.add(new Heard("started", running, fixture.log.running()));
            }

            @Override
            public void operationProgressed(OperationRecord running) {
                heard.add(new Heard("progressed", running, fixture.log.running()));
            }

            @Override
            public void recordAppended(OperationRecord record) {
                heard.add(new Heard("appended", record, fixture.log.running()));
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void anAttachIsSeenStartingThenEachStepStartingAndEndingThenItsRecord() throws Exception {
        Volume volume = fixture.unmappedVolume(0);
        HostOperationJob job = HostOperations.attach(fixture.connection, volume.id(), fixture.a,
            AttachOptions.defaults("live"));
        IStatus result = HostsFixture.run(job);
        assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());

        OperationRecord done = job.record();
        assertEquals("started", heard.getFirst().what());
        assertTrue(heard.getFirst().record().steps().isEmpty());
        assertEquals(List.of(heard.getFirst().record()), heard.getFirst().runningThen(), "running() has it");
        assertEquals(new Heard("appended", done, List.of()), heard.getLast(), "running() is empty after");
        List<Heard> progress = heard.subList(1, heard.size() - 1);
        assertEquals(2 * done.steps().stream().filter(s -> s.outcome() != StepRecord.Outcome.SKIPPED).count()
            + done.steps().stream().filter(s -> s.outcome() == StepRecord.Outcome.SKIPPED).count(), progress.size(),
            "a report as each step starts and as it ends");
        for (Heard each : heard) {
            assertEquals(done.id(), each.record().id(), "one operation, one id");
            assertEquals(done.kind(), each.record().kind());
        }
        assertEquals(expectedReports(done.steps()), progress.stream().map(each -> each.record().steps()).map(
            OperationsLiveStepsTest::describe).toList(), "the steps so far, in order, the last one running or ended");
        for (Heard each : progress) {
            assertEquals("progressed", each.what());
            assertTrue(each.record().isRunning(), "no outcome while running");
            assertNull(each.record().outcome());
            assertEquals(List.of(each.record()), each.runningThen(), "running() has the latest state");
        }
        assertTrue(fixture.log.running().isEmpty());
        assertEquals(done, fixture.log.entries().getLast());
    }

    @Test
    void aFailedStepAndItsUndoAreSeenLiveAndTheFailureEndsTheRunningOperation() throws Exception {
        fixture.emulatedA.setDeviceAppearance(false);
        Volume volume = fixture.unmappedVolume(1);
        HostOperationJob job = HostOperations.attach(fixture.connection, volume.id(), fixture.a,
            new AttachOptions("fails", FilesystemType.EXT4, false, Duration.ofSeconds(2)));
        assertEquals(IStatus.ERROR, HostsFixture.run(job).getSeverity());

        List<StepRecord> beforeTheEnd = heard.get(heard.size() - 2).record().steps();
        assertEquals(StepRecord.Outcome.UNDONE, beforeTheEnd.getLast().outcome(), beforeTheEnd.toString());
        assertTrue(heard.stream().map(each -> each.record().steps()).anyMatch(steps -> !steps.isEmpty()
            && steps.getLast().isRunning() && steps.getLast().name().startsWith("Unmap ")), "the undo seen running");
        assertEquals(OperationRecord.Outcome.FAILED_ROLLED_BACK, heard.getLast().record().outcome());
        assertTrue(fixture.log.running().isEmpty());
    }

    @Test
    void aRecordWithoutAnOutcomeCannotBeWrittenToTheLog() {
        OperationRecord running = new OperationRecord("x", java.time.Instant.now(), null, "", OperationRecord.Kind.ATTACH,
            null, List.of(), null, "");
        assertThrows(IllegalArgumentException.class, () -> fixture.log.append(running));
        assertFalse(fixture.log.entries().contains(running));
    }

    /** For each step: a report as it starts (running), then as it ends; a skipped step is one report. */
    private static List<String> expectedReports(List<StepRecord> steps) {
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            List<StepRecord> before = steps.subList(0, i);
            StepRecord step = steps.get(i);
            if (step.outcome() != StepRecord.Outcome.SKIPPED) {
                List<StepRecord> starting = new ArrayList<>(before);
                starting.add(new StepRecord(step.name(), null, "", Duration.ZERO));
                reports.add(describe(starting));
            }
            reports.add(describe(steps.subList(0, i + 1)));
        }
        return reports;
    }

    private static String describe(List<StepRecord> steps) {
        return steps.stream().map(s -> s.name() + ":" + (s.isRunning() ? "running" : s.outcome() + ":" + s.detail()))
            .toList().toString();
    }
}
