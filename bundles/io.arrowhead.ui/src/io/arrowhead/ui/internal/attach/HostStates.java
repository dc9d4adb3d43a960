package io.arrowhead.ui.internal.attach;

import java.util.Objects;
import java.util.function.Function;

import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.ManagedHost;

/**
 * The one place the drop targets and Docker host commands learn what the console last knew of a host. It must answer
 * at once from what is already known (it is asked on the UI thread at every mouse move). Until the inventory service
 * is wired in, every host is {@link HostInventory#unknown}, which refuses nothing for the host's state: the job then
 * fails at the step that cannot be done.
 */
public final class HostStates {

    private static volatile Function<ManagedHost, HostInventory> current = HostInventory::unknown;

    private HostStates() {
    }

    /** What is known of the host now; never waits. */
    public static HostInventory of(ManagedHost host) {
        HostInventory known = current.apply(host);
        return known == null ? HostInventory.unknown(host) : known;
    }

    /** Where {@link #of} reads from, such as the inventory service's {@code current}. */
    public static void use(Function<ManagedHost, HostInventory> inventories) {
        current = Objects.requireNonNull(inventories);
    }
}
