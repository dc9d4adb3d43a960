package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;

import io.arrowhead.scaleio.simulator.internal.faults.DeviceFailures;

/**
 * Device failures injected through the faults endpoint. They change the state under its write lock but outside
 * the journal: like the endpoint faults they are not saved, so a restarted simulator has every device healthy.
 * The statistics derive the rebuild and rebalance traffic from each device's {@link DeviceOutage}.
 */
final class DeviceFaultActions implements DeviceFailures {

    private final ClusterContext context;

    DeviceFaultActions(ClusterContext context) {
        this.context = context;
    }

    @Override
    public void failDevice(String deviceId) {
        long now = context.clock.instant().getEpochSecond();
        change(deviceId, device -> {
            if (device.outage == null || device.outage.restored()) {
                device.outage = new DeviceOutage(now, DeviceOutage.STILL_FAILED);
            }
        });
    }

    @Override
    public void restoreDevice(String deviceId) {
        long now = context.clock.instant().getEpochSecond();
        change(deviceId, device -> {
            if (device.outage != null && !device.outage.restored()) {
                device.outage = device.outage.restoredAt(now);
            }
        });
    }

    @Override
    public List<String> failedDevices() {
        Lock lock = context.state.lock().readLock();
        lock.lock();
        try {
            List<String> failed = new ArrayList<>();
            for (DeviceEntity device : context.state.devices.values()) {
                if (device.outage != null && !device.outage.restored()) {
                    failed.add(device.id);
                }
            }
            return failed;
        } finally {
            lock.unlock();
        }
    }

    private void change(String deviceId, Consumer<DeviceEntity> change) {
        Lock lock = context.state.lock().writeLock();
        lock.lock();
        try {
            DeviceEntity device = deviceId == null ? null : context.state.devices.get(deviceId);
            if (device == null) {
                throw DeviceFailures.unknown(deviceId);
            }
            change.accept(device);
        } finally {
            lock.unlock();
        }
    }
}
