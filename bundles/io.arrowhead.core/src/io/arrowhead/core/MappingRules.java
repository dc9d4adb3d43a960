package io.arrowhead.core;

import java.util.List;

import io.arrowhead.scaleio.client.AccessMode;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The gateway's rules for mapping a volume to an SDC (GATEWAY-API.md, "Map" and "QoS"), checked before anything is
 * sent, so that a dialog or a drop can say why the gateway would refuse. Each check returns a sentence to show, or
 * {@code null} when the mapping is fine. Pure: no I/O, safe on the UI thread.
 */
public final class MappingRules {

    private MappingRules() {
    }

    /**
     * What refuses the mapping whatever options are chosen: the volume is already mapped to this SDC (error 81). A
     * drop checks this while the mouse hovers; the options come afterwards, in its confirmation.
     */
    public static String targetProblem(Volume volume, Sdc sdc) {
        if (volume.mappingOf(sdc.id()).isPresent()) {
            return kind(volume) + " " + volume.name() + " is already mapped to SDC " + ClusterModel.sdcLabel(sdc)
                + ".";
        }
        return null;
    }

    /** Checks one mapping request completely: the target, multiple mappings, the access mode and the limits. */
    public static String problem(Volume volume, Sdc sdc, MappingOptions options) {
        String target = targetProblem(volume, sdc);
        if (target != null) {
            return target;
        }
        List<MappedSdcInfo> others = volume.mappedSdcInfo();
        if (!others.isEmpty() && !options.allowMultipleMappings()) {
            // The gateway refuses this with "Only a single SDC may be mapped to this volume at a time".
            return kind(volume) + " " + volume.name() + " is already mapped to " + describe(others)
                + ". Allow multiple mappings to map it to " + ClusterModel.sdcLabel(sdc) + " as well.";
        }
        if (options.accessMode() == AccessMode.READ_WRITE && isReadOnly(volume)) {
            return kind(volume) + " " + volume.name()
                + " is read-only (its access mode limit is ReadOnly), so it can only be mapped read-only.";
        }
        return limitsProblem(options.iopsLimit(), options.bandwidthLimitMibps());
    }

    /** Checks QoS limits: IOPS 0 or at least 11, bandwidth in MiB/s not negative. */
    public static String limitsProblem(long iopsLimit, long bandwidthLimitMibps) {
        String iops = VolumeRules.iopsLimitProblem(iopsLimit);
        return iops != null ? iops : VolumeRules.bandwidthLimitProblem(bandwidthLimitMibps);
    }

    /** Whether the volume's access mode limit is ReadOnly, as for a snapshot by default (3.x). */
    public static boolean isReadOnly(Volume volume) {
        return AccessMode.READ_ONLY.wireName().equalsIgnoreCase(volume.accessModeLimit());
    }

    /** The most access a mapping of the volume may grant. */
    public static AccessMode widestAccessMode(Volume volume) {
        return isReadOnly(volume) ? AccessMode.READ_ONLY : AccessMode.READ_WRITE;
    }

    /** An SDC of a mapping by name, else by IP, else by id. */
    public static String sdcLabel(MappedSdcInfo mapping) {
        if (mapping.sdcName() != null && !mapping.sdcName().isBlank()) {
            return mapping.sdcName();
        }
        return mapping.sdcIp() != null ? mapping.sdcIp() : mapping.sdcId();
    }

    private static String describe(List<MappedSdcInfo> mappings) {
        String names = String.join(", ", mappings.stream().map(MappingRules::sdcLabel).toList());
        return (mappings.size() == 1 ? "SDC " : "SDCs ") + names;
    }

    private static String kind(Volume volume) {
        return volume.isSnapshot() ? "Snapshot" : "Volume";
    }
}
