package io.arrowhead.scaleio.simulator.internal.stats;

import java.util.List;

import io.arrowhead.scaleio.simulator.internal.cluster.VolumeEntity;
import io.arrowhead.scaleio.simulator.internal.cluster.VolumeKind;

/**
 * The statistics of VTrees: net (one copy) data of the base volume and of its snapshots. Twice their sum over a
 * pool's VTrees is the pool's capacityInUseInKb. CloudStack reads netProvisionedAddressesInKb as a volume's
 * physical size.
 */
final class VTreeStatistics {

    private VTreeStatistics() {
    }

    record VTreeSubject(List<VolumeEntity> members) {

        long baseNetCapacityInUseInKb() {
            long base = 0;
            for (VolumeEntity member : members) {
                base += member.kind == VolumeKind.SNAPSHOT ? 0 : CapacityCalculator.dataOf(member);
            }
            return base;
        }

        long snapNetCapacityInUseInKb() {
            long snapshots = 0;
            for (VolumeEntity member : members) {
                snapshots += member.kind == VolumeKind.SNAPSHOT ? CapacityCalculator.dataOf(member) : 0;
            }
            return snapshots;
        }

        /** Distinct addresses written in the tree: at most its address space, the largest member's size. */
        long netProvisionedAddressesInKb() {
            long addressSpace = 0;
            for (VolumeEntity member : members) {
                addressSpace = Math.max(addressSpace, member.sizeInKb);
            }
            return Math.min(addressSpace, baseNetCapacityInUseInKb() + snapNetCapacityInUseInKb());
        }
    }

    static StatisticsType<VTreeSubject> vtree() {
        return StatisticsType.<VTreeSubject>builder("VTree", state -> state.vtrees,
                (context, id) -> new VTreeSubject(context.index.volumesOfVtree(id)))
                .number("baseNetCapacityInUseInKb", VTreeSubject::baseNetCapacityInUseInKb)
                .number("snapNetCapacityInUseInKb", VTreeSubject::snapNetCapacityInUseInKb)
                .number("netCapacityInUseInKb", s -> s.baseNetCapacityInUseInKb() + s.snapNetCapacityInUseInKb())
                .number("netProvisionedAddressesInKb", VTreeSubject::netProvisionedAddressesInKb)
                .build();
    }
}
