package io.arrowhead.scaleio.client;

import java.util.Objects;

import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * A volume to create. Give the size in KiB or in GiB, not both; the gateway rounds it up to a multiple of 8 GiB
 * (see {@link Sizes}).
 *
 * @param name {@code null} lets the gateway choose one
 * @param type {@link VolumeType#THIN_PROVISIONED} or {@link VolumeType#THICK_PROVISIONED}
 * @param protectionDomainId {@code null} to leave it out; the pool implies it
 */
public record VolumeRequest(String storagePoolId, String name, Long sizeInKb, Long sizeInGb, VolumeType type,
        String protectionDomainId) {

    public VolumeRequest {
        storagePoolId = ScaleIoIds.requireObjectId(storagePoolId, "storage pool id");
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("A volume name cannot be blank; leave it out to let the gateway choose.");
        }
        if ((sizeInKb == null) == (sizeInGb == null)) {
            throw new IllegalArgumentException("Give the volume size either in KiB or in GiB.");
        }
        long size = sizeInKb != null ? sizeInKb : sizeInGb;
        if (size <= 0) {
            throw new IllegalArgumentException("The volume size must be positive, not " + size + ".");
        }
        Objects.requireNonNull(type, "type");
        if (type != VolumeType.THIN_PROVISIONED && type != VolumeType.THICK_PROVISIONED) {
            throw new IllegalArgumentException("A new volume is thin or thick provisioned, not " + type + ".");
        }
        if (protectionDomainId != null) {
            protectionDomainId = ScaleIoIds.requireObjectId(protectionDomainId, "protection domain id");
        }
    }

    /** Sends {@code volumeSizeInKb}, as goscaleio does. */
    public static VolumeRequest ofKib(String storagePoolId, String name, long sizeInKb, VolumeType type) {
        return new VolumeRequest(storagePoolId, name, sizeInKb, null, type, null);
    }

    /** Sends {@code volumeSizeInGb}, as PyPowerFlex does. */
    public static VolumeRequest ofGib(String storagePoolId, String name, long sizeInGib, VolumeType type) {
        return new VolumeRequest(storagePoolId, name, null, sizeInGib, type, null);
    }
}
