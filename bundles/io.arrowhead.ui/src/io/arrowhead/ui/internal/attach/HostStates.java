package io.arrowhead.ui.internal.attach;

import java.util.Objects;
import java.util.function.Function;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.ManagedHost;

/**
 * The one place the drop targets and Docker host commands learn what the console last knew of a host: the inventory
 * service's last check, answered from memory, since it is asked on the UI thread at every mouse move. A host not
 * checked yet is {@link HostInventory#unknown}, which refuses nothing for the host's state: the job then fails at the
 * step that cannot be done. Tests put states there that the demo's hosts cannot reach, such as "no SDC".
 */
public final class HostStates {

    private static final Function<ManagedHost, HostInventory> CONSOLE =
        host -> ArrowheadCore.hostInventories().current(host);

    private static volatile Function<ManagedHost, HostInventory> current = CONSOLE;

    private HostStates() {
    }

    /** What is known of the host now; never waits. */
    public static HostInventory of(ManagedHost host) {
        HostInventory known = current.apply(host);
        return known == null ? HostInventory.unknown(host) : known;
    }

    /** Where {@link #of} reads from instead of the console's inventories, until {@link #reset()}. */
    public static void use(Function<ManagedHost, HostInventory> inventories) {
        current = Objects.requireNonNull(inventories);
    }

    /** Reads the console's inventories again. */
    public static void reset() {
        current = CONSOLE;
    }
}
