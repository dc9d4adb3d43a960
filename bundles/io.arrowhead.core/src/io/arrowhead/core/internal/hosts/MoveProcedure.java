package io.arrowhead.core.internal.hosts;

import java.time.Duration;

import io.arrowhead.core.GatewayErrors;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationRecord.Outcome;

/**
 * Moves a Docker volume from one host to another: detach on the source, attach on the target under the same name and
 * with the same filesystem. If the target fails, its own steps are undone and the volume goes back to the source,
 * where it still holds its filesystem; if even that fails, it is left unattached, never half-mapped.
 */
public final class MoveProcedure {

    private MoveProcedure() {
    }

    /** @return the success message */
    public static String run(OperationContext context, String name, ManagedHost from, ManagedHost to,
        Duration deviceTimeout) throws Exception {
        OperationSteps steps = context.steps();
        // Checked first so that an obviously doomed move does not detach anything.
        steps.run("Check that " + to.name() + " can take " + name, step -> {
            if (context.docker(to).inspectVolume(name).isPresent()) {
                throw new IllegalStateException("A Docker volume named " + name + " already exists on " + to.name()
                    + ".");
            }
            return null;
        });
        SdcLookup.find(context, to);
        DetachProcedure.Detached detached = DetachProcedure.run(context, from, name);
        steps.commit();
        try {
            AttachProcedure.run(context, request(detached, to, name, deviceTimeout));
            return "Moved " + context.subject().volumeLabel() + ", Docker volume " + name + ", from " + from.name()
                + " to " + to.name() + ".";
        } catch (Exception failure) {
            throw giveBack(context, detached, name, from, to, deviceTimeout, failure);
        }
    }

    private static OperationFailure giveBack(OperationContext context, DetachProcedure.Detached detached, String name,
        ManagedHost from, ManagedHost to, Duration deviceTimeout, Exception failure) {
        OperationSteps steps = context.steps();
        String move = "Moving " + name + " from " + from.name() + " to " + to.name();
        String why = context.cancelledBy(failure) ? move + " was cancelled while attaching to " + to.name() + "."
            : move + " failed at '" + steps.failedStep() + "': " + GatewayErrors.describe(failure);
        if (!steps.rollback()) {
            return new OperationFailure(Outcome.FAILED_NEEDS_ATTENTION, why + " Needs attention: could not undo "
                + String.join(", ", steps.leftBehind()) + ".", failure);
        }
        context.enterUndoMode();
        try {
            AttachProcedure.run(context, request(detached, from, name, deviceTimeout));
            steps.commit();
            Outcome outcome = context.cancelledBy(failure) ? Outcome.CANCELLED : Outcome.FAILED_ROLLED_BACK;
            return new OperationFailure(outcome, why + " " + name + " is attached to " + from.name() + " again.",
                failure);
        } catch (Exception again) {
            boolean clean = steps.rollback();
            String left = clean ? "" : " Could not undo: " + String.join(", ", steps.leftBehind()) + ".";
            return new OperationFailure(Outcome.FAILED_NEEDS_ATTENTION, why + " Attaching it to " + from.name()
                + " again failed too: " + GatewayErrors.describe(again) + " The volume is left unattached." + left,
                failure);
        }
    }

    private static AttachProcedure.Request request(DetachProcedure.Detached detached, ManagedHost host, String name,
        Duration deviceTimeout) {
        return new AttachProcedure.Request(detached.volumeId(), host, name, detached.filesystem(), false,
            deviceTimeout);
    }
}
