package io.arrowhead.ui.internal.navigator;

import java.util.List;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The part of a {@link ClusterModel} that the navigator shows: all of it, or what the filter lets through. Lists keep
 * the model's order, so that ranges of them can be addressed by index.
 */
public interface ClusterView {

    ClusterModel model();

    List<ProtectionDomain> protectionDomains();

    List<StoragePool> pools(String protectionDomainId);

    List<Sds> sdss(String protectionDomainId);

    List<Device> devices(String sdsId);

    /** Top-level volumes of a pool. */
    List<Volume> volumes(String poolId);

    List<Volume> snapshots(String volumeId);

    List<Sdc> sdcs();

    List<Volume> volumesMappedTo(String sdcId);

    /** Whether the volume's own name or id matched the filter; always false when nothing is filtered. */
    boolean isVolumeMatch(String volumeId);

    boolean isSdcMatch(String sdcId);

    boolean isSdsMatch(String sdsId);

    /** How many volumes, SDCs and SDSs matched the filter. */
    int matchCount();

    /** Whether nothing at all is left to show below the system. */
    default boolean isEmpty() {
        return protectionDomains().isEmpty() && sdcs().isEmpty();
    }

    /** The whole model, unfiltered. */
    static ClusterView of(ClusterModel model) {
        return new FullClusterView(model);
    }
}
