package io.arrowhead.scaleio.simulator.internal.faults;

import java.util.List;

/**
 * Failing and restoring devices of the simulated cluster, for the faults endpoint and the FaultInjector. A failed
 * device serves no I/O and its pool rebuilds the data it held; after the restore the pool resynchronises the device
 * and rebalances data back onto it. Implementations throw IllegalArgumentException for an unknown device id.
 */
public interface DeviceFailures {

    /** Knows no device: for a gateway in front of a stand-in cluster. */
    DeviceFailures NONE = new DeviceFailures() {
        @Override
        public void failDevice(String deviceId) {
            throw unknown(deviceId);
        }

        @Override
        public void restoreDevice(String deviceId) {
            throw unknown(deviceId);
        }

        @Override
        public List<String> failedDevices() {
            return List.of();
        }
    };

    /** Fails the device now; a device that is already failed stays failed since its first failure. */
    void failDevice(String deviceId);

    /** Brings a failed device back now; one that is not failed is left as it is. */
    void restoreDevice(String deviceId);

    /** The ids of the devices failed right now, in the cluster's device order. */
    List<String> failedDevices();

    /** What the {@code clear} fault does to devices: every failed one comes back, and its pool rebalances. */
    default void restoreEveryDevice() {
        for (String deviceId : failedDevices()) {
            restoreDevice(deviceId);
        }
    }

    /** The error for a device id the cluster does not have. */
    static IllegalArgumentException unknown(String deviceId) {
        return new IllegalArgumentException("No device has the id " + deviceId + ".");
    }
}
