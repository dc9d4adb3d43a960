package io.arrowhead.scaleio.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How a volume is provisioned. Values this client does not know read as {@link #UNKNOWN}. */
public enum VolumeType {

    @JsonProperty("ThinProvisioned")
    THIN_PROVISIONED("ThinProvisioned"),

    @JsonProperty("ThickProvisioned")
    THICK_PROVISIONED("ThickProvisioned"),

    @JsonProperty("Snapshot")
    SNAPSHOT("Snapshot"),

    @JsonEnumDefaultValue
    UNKNOWN("Unknown");

    private final String wireName;

    VolumeType(String wireName) {
        this.wireName = wireName;
    }

    /** The gateway's spelling. */
    public String wireName() {
        return wireName;
    }
}
