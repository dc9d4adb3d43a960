package io.arrowhead.hosts;

import java.util.Map;

/** A Docker volume as {@code docker volume inspect} describes it; labels and options are never null. */
public record DockerVolume(String name, String driver, Map<String, String> labels, Map<String, String> options,
        String mountpoint) {

    /** Label on volumes Arrowhead creates: the ScaleIO system id. */
    public static final String SYSTEM_ID_LABEL = "io.arrowhead.scaleio.system-id";
    /** Label on volumes Arrowhead creates: the ScaleIO volume id. */
    public static final String VOLUME_ID_LABEL = "io.arrowhead.scaleio.volume-id";

    public DockerVolume {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** The ScaleIO system id from the labels, or null if Arrowhead did not create this volume. */
    public String systemId() {
        return labels.get(SYSTEM_ID_LABEL);
    }

    /** The ScaleIO volume id from the labels, or null if Arrowhead did not create this volume. */
    public String volumeId() {
        return labels.get(VOLUME_ID_LABEL);
    }

    /** The filesystem type option ({@code ext4}, {@code xfs}), or null. */
    public String filesystemType() {
        return options.get("type");
    }
}
