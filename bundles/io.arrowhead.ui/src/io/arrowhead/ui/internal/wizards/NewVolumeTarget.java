package io.arrowhead.ui.internal.wizards;

import java.util.List;

import org.eclipse.core.runtime.Adapters;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.model.ClusterNode;
import io.arrowhead.ui.model.PoolNode;
import io.arrowhead.ui.model.ProtectionDomainNode;
import io.arrowhead.ui.model.RangeNode;

/**
 * Where a new volume goes by default, read from what is selected: the pool of a selected pool or volume, the first
 * pool of a protection domain, or just the gateway.
 *
 * @param connection {@code null} when the selection names no gateway
 * @param poolId {@code null} when the selection names no pool
 */
public record NewVolumeTarget(GatewayConnection connection, String poolId) {

    public static final NewVolumeTarget NONE = new NewVolumeTarget(null, null);

    public static NewVolumeTarget of(Object element) {
        if (element instanceof GatewayConnection connection) {
            return new NewVolumeTarget(connection, null);
        }
        if (!(element instanceof ClusterNode node)) {
            return NONE;
        }
        return new NewVolumeTarget(node.connection(), poolOf(node));
    }

    private static String poolOf(ClusterNode node) {
        return switch (node) {
            case PoolNode pool -> pool.id();
            case RangeNode range -> poolOf(range.parent());
            case ProtectionDomainNode domain -> firstPool(domain.model(), domain.id());
            default -> {
                Volume volume = Adapters.adapt(node, Volume.class);
                yield volume == null ? null : volume.storagePoolId();
            }
        };
    }

    private static String firstPool(ClusterModel model, String protectionDomainId) {
        List<StoragePool> pools = model == null ? List.of() : model.pools(protectionDomainId);
        return pools.isEmpty() ? null : pools.getFirst().id();
    }
}
