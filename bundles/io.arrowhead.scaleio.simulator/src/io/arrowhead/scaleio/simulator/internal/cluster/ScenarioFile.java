package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.arrowhead.scaleio.simulator.ClusterScenario;

/**
 * Reads a scenario from a properties file whose keys are the {@link ClusterScenario} field names. Absent keys keep
 * the demo's values; without {@code devicesPerSds} or {@code deviceCapacityGib} the devices are sized to fit.
 */
public final class ScenarioFile {

    private ScenarioFile() {
    }

    public static ClusterScenario load(Path file) throws IOException {
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        }
        Set<String> known = new TreeSet<>();
        for (RecordComponent component : ClusterScenario.class.getRecordComponents()) {
            known.add(component.getName());
        }
        for (String key : values.stringPropertyNames()) {
            if (!known.contains(key)) {
                throw new IOException(file + ": unknown scenario key '" + key + "'; known keys are " + known);
            }
        }
        Reading read = new Reading(file, values, ClusterScenario.demo());
        try {
            return read.scenario();
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The values of one file over the demo's defaults. */
    private record Reading(Path file, Properties values, ClusterScenario defaults) {

        ClusterScenario scenario() throws IOException {
            int domains = number("protectionDomains", defaults.protectionDomains());
            int pools = number("pools", Math.max(defaults.pools(), domains));
            int sdss = number("sdssPerProtectionDomain", defaults.sdssPerProtectionDomain());
            int devices = number("devicesPerSds",
                    Math.max(defaults.devicesPerSds(), ScenarioRules.poolsPerProtectionDomain(domains, pools)));
            int volumes = number("volumes", defaults.volumes());
            int snapshotPercent = number("snapshotPercent", defaults.snapshotPercent());
            int thickPercent = number("thickPercent", defaults.thickPercent());
            long fitting = Math.max(defaults.deviceCapacityGib(), ScenarioRules.requiredDeviceCapacityGib(domains,
                    pools, sdss, devices, volumes, snapshotPercent, thickPercent));
            int capacity = number("deviceCapacityGib", (int) Math.min(Integer.MAX_VALUE, fitting));
            int sdcs = number("sdcs", defaults.sdcs());
            return new ClusterScenario(longNumber("seed", defaults.seed()),
                    values.getProperty("systemName", defaults.systemName()).trim(), domains, pools, sdss, devices,
                    capacity, volumes, snapshotPercent, number("mappedPercent", defaults.mappedPercent()),
                    thickPercent, sdcs, number("disconnectedSdcs", Math.min(defaults.disconnectedSdcs(), sdcs)));
        }

        private int number(String key, int absent) throws IOException {
            long value = longNumber(key, absent);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new IOException(file + ": " + key + " is out of range: " + value);
            }
            return (int) value;
        }

        private long longNumber(String key, long absent) throws IOException {
            String text = values.getProperty(key);
            if (text == null) {
                return absent;
            }
            try {
                return Long.decode(text.trim());
            } catch (NumberFormatException e) {
                throw new IOException(file + ": " + key + " must be a whole number, but is '" + text + "'", e);
            }
        }
    }
}
