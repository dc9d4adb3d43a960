package io.arrowhead.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.ConnectionSettings;

/**
 * Saves the non-secret settings of each gateway as a preference node {@code gateways/<index>}, in the order the
 * user added them. Demo connections are never saved.
 */
public final class ConnectionSettingsStore {

    private static final String GATEWAYS = "gateways";

    private final Preferences root;

    public ConnectionSettingsStore(Preferences root) {
        this.root = Objects.requireNonNull(root);
    }

    public List<ConnectionSettings> load() {
        List<ConnectionSettings> settings = new ArrayList<>();
        try {
            Preferences gateways = root.node(GATEWAYS);
            String[] keys = gateways.childrenNames();
            java.util.Arrays.sort(keys, java.util.Comparator.comparingInt(ConnectionSettingsStore::index));
            for (String key : keys) {
                Preferences node = gateways.node(key);
                try {
                    settings.add(new ConnectionSettings(node.get("id", key), node.get("name", null),
                        node.get("url", null), node.get("user", null), false));
                } catch (IllegalArgumentException | NullPointerException e) {
                    ILog.of(ConnectionSettingsStore.class).log(Status.warning(
                        "Skipped a saved gateway whose settings are incomplete: " + e.getMessage(), e));
                }
            }
        } catch (BackingStoreException e) {
            ILog.of(ConnectionSettingsStore.class).log(Status.error("Could not read the saved gateways", e));
        }
        return settings;
    }

    public void save(List<ConnectionSettings> settings) throws BackingStoreException {
        Preferences gateways = root.node(GATEWAYS);
        gateways.removeNode();
        gateways = root.node(GATEWAYS);
        int index = 0;
        for (ConnectionSettings each : settings) {
            if (each.demo()) {
                continue;
            }
            Preferences node = gateways.node(Integer.toString(index++));
            node.put("id", each.id());
            node.put("name", each.name());
            node.put("url", each.url());
            node.put("user", each.user());
        }
        root.flush();
    }

    private static int index(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
