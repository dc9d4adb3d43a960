package io.arrowhead.core.lab;

import java.util.Properties;

/** One Docker host of the lab as {@code lab.properties} describes it. */
public record LabHost(int index, String name, String address, int port, String user, String sdcGuid,
        String hostKeyFingerprint) {

    static LabHost read(Properties properties, int index) {
        String prefix = "host." + index + ".";
        return new LabHost(index, required(properties, prefix + "name"), required(properties, prefix + "address"),
            Integer.parseInt(required(properties, prefix + "port")), required(properties, prefix + "user"),
            required(properties, prefix + "sdcGuid"), required(properties, prefix + "hostKeyFingerprint"));
    }

    static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("lab.properties has no " + key);
        }
        return value.strip();
    }
}
