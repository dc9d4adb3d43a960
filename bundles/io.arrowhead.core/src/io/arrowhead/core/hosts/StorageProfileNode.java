package io.arrowhead.core.hosts;

import org.osgi.service.prefs.Preferences;

import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.VolumeType;

/** Reads and writes one {@link StorageProfile} as the keys of a preference node. */
final class StorageProfileNode {

    static final String NAME = "name";
    private static final String DOMAIN = "protectionDomain";
    private static final String POOL = "pool";
    private static final String PROVISIONING = "provisioning";
    private static final String SIZE = "defaultSizeGib";
    private static final String IOPS = "iopsLimit";
    private static final String BANDWIDTH = "bandwidthMibps";
    private static final String FILESYSTEM = "filesystem";

    private StorageProfileNode() {
    }

    /** @throws IllegalArgumentException or NullPointerException for a node that is not a complete profile */
    static StorageProfile read(Preferences node) {
        String pool = node.get(POOL, null);
        return new StorageProfile(require(node, NAME), require(node, DOMAIN), pool == null || pool.isEmpty() ? null
            : pool, VolumeType.valueOf(require(node, PROVISIONING)), node.getLong(SIZE, 0), node.getLong(IOPS, 0),
            node.getLong(BANDWIDTH, 0), FilesystemType.parse(require(node, FILESYSTEM)));
    }

    static void write(Preferences node, StorageProfile profile) {
        node.put(NAME, profile.name());
        node.put(DOMAIN, profile.protectionDomain());
        if (profile.pool() == null) {
            node.remove(POOL);
        } else {
            node.put(POOL, profile.pool());
        }
        node.put(PROVISIONING, profile.provisioning().name());
        node.putLong(SIZE, profile.defaultSizeGib());
        node.putLong(IOPS, profile.iopsLimit());
        node.putLong(BANDWIDTH, profile.bandwidthMibps());
        node.put(FILESYSTEM, profile.filesystem().toolName());
    }

    private static String require(Preferences node, String key) {
        String value = node.get(key, null);
        if (value == null) {
            throw new IllegalArgumentException("The storage profile " + node.name() + " has no " + key + ".");
        }
        return value;
    }
}
