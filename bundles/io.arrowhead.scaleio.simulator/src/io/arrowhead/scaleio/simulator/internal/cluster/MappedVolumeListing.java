package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Lock;

/** Lists an SDC's mapped volumes for the admin endpoint, creating their backing files on the way. */
final class MappedVolumeListing {

    private final ClusterContext context;
    private final SdcActions sdcs;

    MappedVolumeListing(ClusterContext context, SdcActions sdcs) {
        this.context = context;
        this.sdcs = sdcs;
    }

    /** The files are created on the store's worker; the wait for them does not hold the cluster lock. */
    SdcVolumes list(String guidOrId) {
        Lock lock = context.state.lock().readLock();
        lock.lock();
        SdcVolumes listing;
        Future<List<SdcVolumes.Volume>> creation;
        try {
            SdcEntity sdc = sdcs.find(guidOrId);
            List<SdcVolumes.Volume> volumes = new ArrayList<>();
            for (VolumeEntity volume : context.state.volumes.values()) {
                if (volume.mappingOf(sdc.id) != null) {
                    volumes.add(new SdcVolumes.Volume(volume.id, volume.name, volume.sizeInKb, null));
                }
            }
            listing = new SdcVolumes(sdc.id, sdc.guid, context.state.system.id, volumes);
            // Queued under the lock, so the files reflect every change committed before this listing.
            creation = context.files.ensure(listing.volumes());
        } finally {
            lock.unlock();
        }
        List<SdcVolumes.Volume> withFiles = BackingFiles.await(creation);
        return withFiles == null ? listing
                : new SdcVolumes(listing.sdcId(), listing.sdcGuid(), listing.systemId(), withFiles);
    }
}
