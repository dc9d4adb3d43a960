package io.arrowhead.core.hosts;

/**
 * Told when what the console knows of a Docker host changes: a check starts or ends, or its SDC is matched anew after
 * a gateway loaded. Called on the thread that made the change, usually a job's; a UI listener must switch threads.
 */
@FunctionalInterface
public interface HostInventoryListener {

    /** @param inventory the host's new inventory; a removed host's last one, which {@link HostInventories} forgot */
    void inventoryChanged(HostInventory inventory);
}
