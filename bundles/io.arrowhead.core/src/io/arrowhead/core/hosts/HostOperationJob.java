package io.arrowhead.core.hosts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayErrors;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.core.internal.hosts.OperationContext;
import io.arrowhead.core.internal.hosts.OperationFailure;
import io.arrowhead.core.internal.hosts.OperationSteps;
import io.arrowhead.scaleio.client.GatewayClient;

/**
 * A host operation (attach, detach, move) as a {@link GatewayJob} under the gateway's rule and each host's rule.
 * Steps report progress by name. When a step fails or the job is cancelled, the completed steps are undone newest
 * first, with calls the cancellation does not stop; the error status names the failed step, the cause and what was
 * undone, or what is left if an undo failed. While it runs, the {@link OperationsLog} shows it as running, with its
 * steps so far, after each step starts and ends; every run ends with an {@link OperationRecord} in the log. Create one
 * through {@link HostOperations}.
 */
public final class HostOperationJob extends GatewayJob {

    /** The steps of one kind of operation; returns the sentence that reports success. */
    @FunctionalInterface
    interface Procedure {
        String run(OperationContext context) throws Exception;
    }

    private final OperationRecord.Kind kind;
    private final List<ManagedHost> hosts;
    private final String title;
    private final Procedure procedure;
    private final int steps;
    private volatile OperationContext context;
    private volatile OperationRecord record;

    HostOperationJob(String title, GatewayConnection connection, OperationRecord.Kind kind, List<ManagedHost> hosts,
        int steps, Procedure procedure) {
        super(title, connection, true);
        this.title = title;
        this.kind = kind;
        this.hosts = List.copyOf(hosts);
        this.steps = steps;
        this.procedure = procedure;
        List<ISchedulingRule> rules = new ArrayList<>();
        rules.add(connection.rule());
        this.hosts.forEach(host -> rules.add(host.rule()));
        setRule(MultiRule.combine(rules.toArray(ISchedulingRule[]::new)));
    }

    public OperationRecord.Kind kind() {
        return kind;
    }

    /** How the last run went, step by step; {@code null} until the job has run. */
    public OperationRecord record() {
        return record;
    }

    @Override
    protected void canceling() {
        super.canceling();
        OperationContext running = context;
        if (running != null) {
            running.cancel();
        }
    }

    @Override
    protected void execute(GatewayClient client, SubMonitor progress) {
        progress.setWorkRemaining(steps);
        Instant start = Instant.now();
        String id = UUID.randomUUID().toString();
        OperationsLog log = hosts.getFirst().owner().operationsLog();
        OperationSteps operationSteps = new OperationSteps(progress, () -> {
            OperationContext now = context;
            if (now != null) {
                log.progressed(runningRecord(id, start, now));
            }
        });
        OperationContext running = new OperationContext(connection(), client, this::uncancellableClient,
            operationSteps, hosts.stream().map(ManagedHost::name).toList());
        context = running;
        log.started(runningRecord(id, start, running));
        OperationRecord.Outcome outcome = OperationRecord.Outcome.SUCCEEDED;
        String message;
        Exception failure = null;
        try {
            message = procedure.run(running);
        } catch (OperationFailure e) {
            failure = e;
            outcome = e.outcome();
            message = e.getMessage();
        } catch (Exception e) {
            failure = e;
            boolean clean = operationSteps.rollback();
            outcome = !clean ? OperationRecord.Outcome.FAILED_NEEDS_ATTENTION
                : running.cancelledBy(e) ? OperationRecord.Outcome.CANCELLED
                    : OperationRecord.Outcome.FAILED_ROLLED_BACK;
            message = describeFailure(running, operationSteps, e, clean);
        } finally {
            running.close();
            context = null;
        }
        record = new OperationRecord(id, start, Instant.now(), who(), kind, running.subject(),
            operationSteps.records(), outcome, message);
        log.append(record);
        if (outcome == OperationRecord.Outcome.CANCELLED) {
            throw new OperationCanceledException(message);
        }
        if (failure != null) {
            throw new HostOperationException(message, failure);
        }
    }

    /** The operation so far: no outcome, every step so far, and the running step's time so far. */
    private OperationRecord runningRecord(String id, Instant start, OperationContext running) {
        return new OperationRecord(id, start, Instant.now(), who(), kind, running.subject(), running.steps().sofar(),
            null, "");
    }

    private String describeFailure(OperationContext running, OperationSteps steps, Exception e, boolean clean) {
        String step = steps.failedStep();
        StringBuilder text = new StringBuilder(title);
        if (running.cancelledBy(e)) {
            text.append(" was cancelled").append(step == null ? "." : " during '" + step + "'.");
        } else {
            text.append(" failed").append(step == null ? "" : " at '" + step + "'").append(": ")
                .append(GatewayErrors.describe(e));
        }
        List<String> undone = steps.undone();
        text.append(undone.isEmpty() ? clean ? " Nothing needed undoing." : ""
            : " Undone: " + String.join("; ", undone) + ".");
        if (!clean) {
            text.append(" Needs attention: could not undo, so still there: ")
                .append(String.join("; ", steps.leftBehind())).append('.');
        }
        return text.toString();
    }

    private String who() {
        return System.getProperty("user.name", "?") + " as " + connection().settings().user();
    }

    /** A host operation failed; the message says where, why and what was undone or is left. */
    public static final class HostOperationException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        HostOperationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
