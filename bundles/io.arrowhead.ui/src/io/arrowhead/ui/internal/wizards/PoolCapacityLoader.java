package io.arrowhead.ui.internal.wizards;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Control;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.scaleio.client.Capacity;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.ObjectType;

/**
 * Reads a storage pool's capacity statistics in the background for a page. Only the answer for the pool asked last
 * reaches the page, on the UI thread; a failed read answers {@code null}, which the page shows as "not known"
 * rather than interrupting the user with an error dialog.
 */
final class PoolCapacityLoader {

    private final Control owner;
    private final Consumer<Capacity> onLoaded;
    private GatewayJob current;

    /** @param onLoaded called on the UI thread with the capacity, or {@code null} when it could not be read */
    PoolCapacityLoader(Control owner, Consumer<Capacity> onLoaded) {
        this.owner = owner;
        this.onLoaded = onLoaded;
        owner.addDisposeListener(e -> cancel());
    }

    void load(GatewayConnection connection, String poolId) {
        cancel();
        AtomicReference<Capacity> capacity = new AtomicReference<>();
        GatewayJob job = GatewayJob.of("Reading the free capacity of the storage pool", connection, false,
            (client, progress) -> {
                try {
                    capacity.set(client.statistics(ObjectType.STORAGE_POOL, poolId).capacity());
                } catch (GatewayClientException e) {
                    // Unknown capacity is shown as such; the volume can still be created.
                }
            });
        job.setSystem(true);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!owner.isDisposed()) {
                    owner.getDisplay().asyncExec(() -> deliver(job, capacity.get()));
                }
            }
        });
        current = job;
        job.schedule();
    }

    void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    private void deliver(GatewayJob job, Capacity capacity) {
        if (job == current && !owner.isDisposed()) {
            current = null;
            onLoaded.accept(capacity);
        }
    }
}
