package io.arrowhead.core.hosts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.core.VolumeRules.CapacityCheck.Severity;
import io.arrowhead.scaleio.client.Capacity;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.StoragePool;

/**
 * Finds the storage pool a profile puts a new volume in: its named pool, or, for "any pool with room", the pool of its
 * protection domain with the most space available for new volumes among those the size fits in.
 */
public final class ProfilePlacement {

    /** Reads a pool's capacity, usually from the gateway's statistics; null when not known. */
    @FunctionalInterface
    public interface CapacityLookup {
        Capacity of(StoragePool pool) throws Exception;
    }

    private ProfilePlacement() {
    }

    /**
     * The pool for a new volume of {@code sizeGib} by this profile. A named pool must exist in the protection domain
     * and, for a thick volume, fit it; a thin one may over-provision a named pool.
     *
     * @throws IllegalStateException with the sentence to show when no pool will do
     */
    public static StoragePool choose(ClusterModel model, StorageProfile profile, long sizeGib,
        CapacityLookup capacities) throws Exception {
        ProtectionDomain domain = model.protectionDomains().stream()
            .filter(pd -> profile.protectionDomain().equals(pd.name())).findFirst()
            .orElseThrow(() -> new IllegalStateException("The cluster has no protection domain named "
                + profile.protectionDomain() + ", which storage profile " + profile.name() + " asks for."));
        List<StoragePool> pools = model.pools(domain.id());
        if (profile.pool() != null) {
            StoragePool pool = pools.stream().filter(p -> profile.pool().equals(p.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Protection domain " + domain.name()
                    + " has no storage pool named " + profile.pool() + ", which storage profile " + profile.name()
                    + " asks for."));
            var check = VolumeRules.capacityCheck(capacities.of(pool), sizeGib, profile.provisioning());
            if (check.severity() == Severity.ERROR) {
                throw new IllegalStateException("Pool " + pool.name() + ": " + check.message());
            }
            return pool;
        }
        return roomiest(domain, pools, profile, sizeGib, capacities);
    }

    private static StoragePool roomiest(ProtectionDomain domain, List<StoragePool> pools, StorageProfile profile,
        long sizeGib, CapacityLookup capacities) throws Exception {
        StoragePool best = null;
        long bestKb = -1;
        List<String> seen = new ArrayList<>();
        for (StoragePool pool : pools) {
            Capacity capacity = capacities.of(pool);
            var check = VolumeRules.capacityCheck(capacity, sizeGib, profile.provisioning());
            seen.add(pool.name() + ": " + check.message().replaceFirst("\\.$", ""));
            long availableKb = Optional.ofNullable(capacity)
                .map(Capacity::capacityAvailableForVolumeAllocationInKb).orElse(-1L);
            if (check.severity() == Severity.OK && availableKb > bestKb) {
                best = pool;
                bestKb = availableKb;
            }
        }
        if (best == null) {
            throw new IllegalStateException("No storage pool of protection domain " + domain.name()
                + " has room for a volume of " + VolumeRules.allocatedGib(sizeGib) + " GiB"
                + (seen.isEmpty() ? ": it has no pools." : " (" + String.join("; ", seen) + ")."));
        }
        return best;
    }
}
