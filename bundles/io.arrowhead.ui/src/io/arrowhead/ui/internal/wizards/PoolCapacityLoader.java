package io.arrowhead.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.Capacity;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.ui.internal.StatisticsLoader;
import io.arrowhead.ui.internal.StatisticsTarget;

/**
 * Reads a storage pool's capacity statistics in the background for a page, through the {@link StatisticsLoader}
 * that the Properties use. Only the answer for the pool asked last reaches the page; a failed read answers
 * {@code null}, which the page shows as "not known" rather than interrupting the user with an error dialog.
 */
final class PoolCapacityLoader {

    private final StatisticsLoader loader;

    /** @param onLoaded called on the UI thread with the capacity, or {@code null} when it could not be read */
    PoolCapacityLoader(Control owner, Consumer<Capacity> onLoaded) {
        loader = new StatisticsLoader(owner, outcome -> onLoaded.accept(
            outcome instanceof StatisticsLoader.Outcome.Loaded loaded ? loaded.statistics().capacity() : null));
        owner.addDisposeListener(e -> loader.cancel());
    }

    void load(GatewayConnection connection, String poolId) {
        String name = connection.model() == null ? poolId
            : connection.model().pool(poolId).map(pool -> pool.name()).orElse(poolId);
        loader.load(new StatisticsTarget(connection, ObjectType.STORAGE_POOL, poolId,
            NLS.bind(Messages.PoolCapacityLoader_target, name)));
    }

    void cancel() {
        loader.cancel();
    }
}
