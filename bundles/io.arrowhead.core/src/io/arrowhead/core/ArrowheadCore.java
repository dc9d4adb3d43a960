package io.arrowhead.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.HostInventories;
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.core.hosts.StorageProfiles;
import io.arrowhead.core.internal.EquinoxSecretStore;
import io.arrowhead.core.internal.MasterPasswordProvider;
import io.arrowhead.core.internal.SecureStorageFile;
import io.arrowhead.core.stats.PerformanceStatistics;

/**
 * The console's shared core services: its gateway connections and Docker hosts, kept in the instance preferences and
 * Equinox secure storage, and the operations log. Created on first use; {@link #shutdown} closes them.
 */
public final class ArrowheadCore {

    /** Overrides the application directory ({@code ~/.arrowhead}), for tests and for keeping several consoles apart. */
    public static final String APP_DIRECTORY_PROPERTY = "arrowhead.appDirectory";

    private static SecretStore secrets;
    private static GatewayConnections connections;
    private static DockerHosts hosts;
    private static OperationsLog operationsLog;
    private static StorageProfiles storageProfiles;
    private static HostInventories hostInventories;
    private static ConnectionListener sdcRematcher;
    private static PerformanceStatistics statistics;

    private ArrowheadCore() {
    }

    public static synchronized GatewayConnections connections() {
        if (connections == null) {
            connections = new GatewayConnections(secrets(), ConsolePreferences.node());
        }
        return connections;
    }

    /** The Docker hosts; their known hosts file lives in the {@link #appDirectory()}. */
    public static synchronized DockerHosts hosts() {
        if (hosts == null) {
            hosts = new DockerHosts(secrets(), ConsolePreferences.node(), appDirectory(), operationsLog());
        }
        return hosts;
    }

    /** The storage profiles, in the instance preferences. */
    public static synchronized StorageProfiles storageProfiles() {
        if (storageProfiles == null) {
            storageProfiles = new StorageProfiles(ConsolePreferences.node());
        }
        return storageProfiles;
    }

    /**
     * What the console knows of each Docker host. Created on first use, when every host is checked once; a gateway
     * that connects, loads or goes matches the hosts' SDCs again.
     */
    public static synchronized HostInventories hostInventories() {
        if (hostInventories == null) {
            GatewayConnections gateways = connections();
            hostInventories = new HostInventories(hosts(), gateways::all);
            sdcRematcher = event -> {
                if (event.kind() != ConnectionEvent.Kind.SETTINGS_CHANGED) {
                    hostInventories.rematchSdcs();
                }
            };
            gateways.addListener(sdcRematcher);
            hostInventories.refreshAll();
        }
        return hostInventories;
    }

    /** The live performance statistics of the gateways, for charts; nothing is polled until a chart subscribes. */
    public static synchronized PerformanceStatistics statistics() {
        if (statistics == null) {
            statistics = new PerformanceStatistics(connections());
        }
        return statistics;
    }

    /** Every host operation, in {@code operations.jsonl} of the {@link #appDirectory()}. */
    public static synchronized OperationsLog operationsLog() {
        if (operationsLog == null) {
            operationsLog = new OperationsLog(appDirectory());
        }
        return operationsLog;
    }

    /**
     * Where the console keeps its own files: the {@value #APP_DIRECTORY_PROPERTY} property if set, else the parent
     * of the instance location (which is {@code ~/.arrowhead/workspace} for the product), else {@code ~/.arrowhead}.
     */
    public static Path appDirectory() {
        String override = System.getProperty(APP_DIRECTORY_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        try {
            var location = Platform.getInstanceLocation();
            if (location != null && location.getURL() != null && "file".equals(location.getURL().getProtocol())) {
                Path parent = Path.of(location.getURL().getPath()).getParent();
                if (parent != null) {
                    return parent;
                }
            }
        } catch (RuntimeException e) {
            // No instance location outside a running platform: fall back to the home directory.
        }
        return Path.of(System.getProperty("user.home"), ".arrowhead");
    }

    /**
     * Lets secure storage ask for its master password through the prompt, in the console and the command line alike;
     * null takes it back, after which reading an encrypted secret that needs the password fails.
     */
    public static void setMasterPasswordPrompt(MasterPasswordPrompt promptOrNull) {
        MasterPasswordProvider.usePrompt(promptOrNull);
    }

    /**
     * Logs out of every gateway, within {@link GatewayConnections#SHUTDOWN_LOGOUT_DEADLINE} in all, runs
     * {@code afterGateways} (where the application stops the demo, whose simulator must still answer its logout
     * until then) and closes the SSH client; called once the workbench window is gone, or a command has run.
     */
    public static synchronized void shutdown(Runnable afterGateways) {
        if (statistics != null) {
            statistics.close();
        }
        if (hostInventories != null) {
            connections.removeListener(sdcRematcher);
            hostInventories.close();
        }
        if (connections != null) {
            connections.dispose();
        }
        afterGateways.run();
        if (hosts != null) {
            hosts.close();
        }
        // The next use starts afresh from the saved settings, as a new process would: the command line's tests run
        // many commands in one framework.
        statistics = null;
        hostInventories = null;
        sdcRematcher = null;
        connections = null;
        hosts = null;
        operationsLog = null;
        storageProfiles = null;
    }

    /**
     * The default secure storage of Equinox, in the file Equinox would choose, opened by that file so that it is
     * owner-only before anything is written to it.
     */
    private static synchronized SecretStore secrets() {
        if (secrets == null) {
            Path file = SecureStorageFile.defaultLocation(List.of(Platform.getApplicationArgs()), System.getenv());
            try {
                // Equinox would forbid prompts where no workbench runs; the registered prompt decides instead, so
                // that the command line asks on a terminal or reads the master password file.
                Map<Object, Object> options = new HashMap<>();
                options.put(IProviderHints.PROMPT_USER, Boolean.TRUE);
                secrets = new EquinoxSecretStore(SecureStorageFile.open(file, options), file);
            } catch (IOException e) {
                ILog.of(ArrowheadCore.class).warn("Secure storage could not be opened in " + file
                    + ", so the default storage is used as it is: " + e.getMessage(), e);
                secrets = new EquinoxSecretStore(SecurePreferencesFactory.getDefault());
            }
        }
        return secrets;
    }
}
