package io.arrowhead.ui.internal.profiles;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.scaleio.client.model.VolumeType;

/** A storage profile in a few words, for choosing among profiles. */
final class ProfileText {

    private ProfileText() {
    }

    /** As "thick, pd-01 / sp-ssd-01, 20000 IOPS, 200 MiB/s, ext4". */
    static String summary(StorageProfile profile) {
        String provisioning = profile.provisioning() == VolumeType.THICK_PROVISIONED ? Messages.ProfileText_thick
            : Messages.ProfileText_thin;
        String pool = profile.pool() == null ? Messages.ProfileText_anyPool : profile.pool();
        String iops = profile.iopsLimit() == 0 ? Messages.ProfileText_anyIops
            : NLS.bind(Messages.ProfileText_iops, profile.iopsLimit());
        String bandwidth = profile.bandwidthMibps() == 0 ? Messages.ProfileText_anyBandwidth
            : NLS.bind(Messages.ProfileText_bandwidth, profile.bandwidthMibps());
        return NLS.bind(Messages.ProfileText_summary, new Object[] {provisioning, profile.protectionDomain(), pool,
            iops, bandwidth, profile.filesystem().toolName()});
    }
}
