package io.arrowhead.core;

import org.eclipse.equinox.security.storage.SecurePreferencesFactory;

import io.arrowhead.core.internal.EquinoxSecretStore;

/**
 * The console's shared core services: its gateway connections, kept in the instance preferences and Equinox
 * secure storage, and the embedded demo cluster. Created on first use; {@link #shutdown} closes them.
 */
public final class ArrowheadCore {

    private static GatewayConnections connections;
    private static DemoCluster demo;

    private ArrowheadCore() {
    }

    public static synchronized GatewayConnections connections() {
        if (connections == null) {
            connections = new GatewayConnections(new EquinoxSecretStore(SecurePreferencesFactory.getDefault()),
                ConsolePreferences.node());
        }
        return connections;
    }

    public static synchronized DemoCluster demo() {
        if (demo == null) {
            demo = new DemoCluster(DemoCluster.defaultDataDirectory());
        }
        return demo;
    }

    /** Stops the demo and logs out of every gateway; called when the workbench shuts down. */
    public static synchronized void shutdown() {
        if (demo != null && connections != null) {
            demo.close(connections);
        }
        if (connections != null) {
            connections.dispose();
        }
    }
}
