package io.arrowhead.ui.internal;

import org.eclipse.osgi.util.NLS;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import io.arrowhead.core.GatewayJob;
import io.arrowhead.scaleio.client.Statistics;

/**
 * Reads one object's statistics in a background {@link GatewayJob} and hands the outcome to the UI thread. Only the
 * newest request counts: a result that arrives after another load started, or after the owner was disposed, is
 * dropped, so a slow answer never overwrites the figures of the element now selected.
 */
public final class StatisticsLoader {

    /** The outcome of a load, delivered on the UI thread. */
    public sealed interface Outcome {
        record Loaded(Statistics statistics, Instant at) implements Outcome {
        }

        record Failed(String message) implements Outcome {
        }
    }

    private final Control owner;
    private final Display display;
    private final Consumer<Outcome> receiver;
    private Job running;
    /** Counts requests on the UI thread; a job's result is current only while its ticket is the newest. */
    private int newestTicket;

    public StatisticsLoader(Control owner, Consumer<Outcome> receiver) {
        this.owner = owner;
        this.display = owner.getDisplay();
        this.receiver = receiver;
    }

    /** Starts reading, dropping any load still under way. Call on the UI thread. */
    public void load(StatisticsTarget target) {
        cancel();
        int ticket = newestTicket;
        if (!target.connection().isConnected()) {
            receiver.accept(new Outcome.Failed(NLS.bind(Messages.Statistics_connectFirst,
                target.connection().name())));
            return;
        }
        AtomicReference<Statistics> result = new AtomicReference<>();
        Job job = GatewayJob.of(NLS.bind(Messages.Statistics_job, target.what()), target.connection(), false,
            (client, progress) -> result.set(client.statistics(target.type(), target.id())));
        // selection-driven reads would flood the Progress view
        job.setSystem(true);
        job.addJobChangeListener(IJobChangeListener.onDone(event -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> deliver(ticket, event.getResult(), result.get()));
            }
        }));
        running = job;
        job.schedule();
    }

    private void deliver(int ticket, IStatus status, Statistics statistics) {
        if (owner.isDisposed() || ticket != newestTicket) {
            return;
        }
        running = null;
        if (status.isOK()) {
            receiver.accept(new Outcome.Loaded(statistics, Instant.now()));
        } else if (status.getSeverity() != IStatus.CANCEL) {
            receiver.accept(new Outcome.Failed(status.getMessage()));
        }
    }

    /** Forgets the current load; its result, if it still comes, is ignored. */
    public void cancel() {
        newestTicket++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }
}
