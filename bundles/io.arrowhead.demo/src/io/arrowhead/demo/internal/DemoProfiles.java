package io.arrowhead.demo.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;

import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.core.hosts.StorageProfiles;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * The demo's two storage profiles, in pools of the demo scenario: a thick gold on the SSD pool sp-ssd-01 with high
 * limits, and a thin bronze on whichever HDD pool of pd-02 has the most room, with low ones.
 */
public final class DemoProfiles {

    public static final StorageProfile GOLD = new StorageProfile("gold", "pd-01", "sp-ssd-01",
        VolumeType.THICK_PROVISIONED, 16, 20_000, 200, FilesystemType.EXT4);
    public static final StorageProfile BRONZE = new StorageProfile("bronze", "pd-02", null,
        VolumeType.THIN_PROVISIONED, 8, 500, 20, FilesystemType.EXT4);

    private DemoProfiles() {
    }

    /** Adds both unless the operator has profiles already: theirs are not the demo's to change. */
    public static void addIfNone(StorageProfiles profiles) {
        if (!profiles.all().isEmpty()) {
            return;
        }
        try {
            for (StorageProfile profile : List.of(GOLD, BRONZE)) {
                profiles.add(profile);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            ILog.of(DemoProfiles.class).warn("The demo's storage profiles could not be added: " + e.getMessage(), e);
        }
    }
}
