package io.arrowhead.core.internal.hosts;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostState;
import io.arrowhead.core.hosts.SdcMatch;
import io.arrowhead.hosts.HostAuthenticationException;
import io.arrowhead.hosts.HostException;
import io.arrowhead.hosts.HostKeyChangedException;
import io.arrowhead.hosts.HostKeyRejectedException;
import io.arrowhead.hosts.HostKeyRevokedException;
import io.arrowhead.hosts.HostProbe;

/** How a host's state follows from a check: what its SDC matches, or what kind of failure stopped the check. */
public final class InventoryStates {

    private InventoryStates() {
    }

    /** The state of a host the check reached, from its probe and the connected gateways' SDCs. */
    public static HostInventory matched(HostInventory inventory, Collection<GatewayConnection> gateways) {
        HostProbe probe = inventory.probe();
        String name = inventory.host().name();
        if (!probe.sdcInstalled()) {
            return with(inventory, HostState.NO_SDC, null,
                "No ScaleIO SDC is installed on " + name + ": none of the known drv_cfg paths exists.");
        }
        Optional<SdcMatch> match = SdcMatch.find(probe.sdcGuid(), gateways);
        if (match.isPresent()) {
            return with(inventory, HostState.CONNECTED, match.get(), null);
        }
        String problem = probe.sdcGuid() == null ? "The SDC on " + name + " reported no GUID."
            : "The SDC of " + name + " (GUID " + probe.sdcGuid() + ") is not known to any connected gateway.";
        return with(inventory, HostState.SDC_UNKNOWN, null, problem);
    }

    /** Whether the state depends on the gateways, so that a gateway that loaded can change it without SSH. */
    public static boolean dependsOnGateways(HostInventory inventory) {
        return inventory.probe() != null && inventory.probe().sdcInstalled()
            && (inventory.state() == HostState.CONNECTED || inventory.state() == HostState.SDC_UNKNOWN);
    }

    /** The last known probe and volumes, with the state the failure means and its message as the problem. */
    public static HostInventory failed(HostInventory last, Exception failure) {
        HostState state = switch (failure) {
            case HostKeyChangedException changed -> HostState.HOST_KEY_CHANGED;
            case HostKeyRevokedException revoked -> HostState.HOST_KEY_CHANGED;
            case HostKeyRejectedException rejected -> HostState.HOST_KEY_UNTRUSTED;
            case HostAuthenticationException refused -> HostState.LOGIN_REFUSED;
            default -> HostState.UNREACHABLE;
        };
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = "Checking " + last.host().name() + " failed (" + failure.getClass().getSimpleName() + ").";
        }
        return new HostInventory(last.host(), state, message, last.probe(), last.sdc(), last.scaleIoVolumes(),
            last.otherVolumes(), Instant.now());
    }

    /** Failures that mean the host did not answer as a host should, rather than a defect of the console. */
    public static boolean expected(Exception failure) {
        return failure instanceof HostException;
    }

    private static HostInventory with(HostInventory inventory, HostState state, SdcMatch sdc, String problem) {
        return new HostInventory(inventory.host(), state, problem, inventory.probe(), sdc, inventory.scaleIoVolumes(),
            inventory.otherVolumes(), inventory.checkedAt());
    }
}
