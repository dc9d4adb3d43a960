package io.arrowhead.core.internal.hosts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.SecretStoreException;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;

/**
 * Saves the non-secret settings of each Docker host as a preference node {@code hosts/<id>}: name, address, port,
 * user, auth ({@code key}, {@code agent} or {@code password}), keyFile and sudo. Passwords and key passphrases are
 * never written here; they live in secure storage.
 */
public final class HostSettingsStore {

    /** One saved host. */
    public record SavedHost(String id, String name, HostDefinition definition) {
    }

    private static final String HOSTS = "hosts";

    private final Preferences root;

    public HostSettingsStore(Preferences root) {
        this.root = Objects.requireNonNull(root);
    }

    /** The saved hosts in the order they were added; a node that no longer makes sense is skipped and logged. */
    public List<SavedHost> load() {
        List<SavedHost> hosts = new ArrayList<>();
        Map<String, Long> added = new HashMap<>();
        try {
            Preferences parent = root.node(HOSTS);
            for (String id : parent.childrenNames()) {
                Preferences node = parent.node(id);
                try {
                    hosts.add(new SavedHost(id, node.get("name", id), definition(node)));
                    added.put(id, node.getLong("added", 0));
                } catch (IllegalArgumentException | NullPointerException e) {
                    ILog.of(HostSettingsStore.class).log(Status.warning(
                        "Skipped a saved Docker host whose settings are incomplete: " + e.getMessage(), e));
                }
            }
        } catch (BackingStoreException e) {
            ILog.of(HostSettingsStore.class).log(Status.error("Could not read the saved Docker hosts.", e));
        }
        hosts.sort(Comparator.comparingLong(host -> added.get(host.id())));
        return hosts;
    }

    /**
     * What was saved for one host before a change, for {@link #restore} to put back when a later step of that change
     * fails. Values is null when nothing was saved for the host.
     */
    public record Snapshot(String id, Map<String, String> values) {
    }

    /**
     * Saves exactly what the snapshot held, or removes the host if nothing was saved for it then. If the flush
     * fails, the preferences in memory still hold the snapshot, so the next save writes it.
     */
    public void restore(Snapshot snapshot) throws SecretStoreException {
        try {
            put(snapshot.id(), snapshot.values());
            root.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            throw notSaved(e);
        }
    }

    /**
     * Saves one host's settings and returns what was saved before; a preferences failure is reported as the host list
     * not being saved, and leaves the preferences in memory as they were, so that they keep matching what is on disk.
     */
    public Snapshot save(String id, String name, HostDefinition definition) throws SecretStoreException {
        return change(id, () -> write(root.node(HOSTS).node(id), name, definition));
    }

    /** Removes one host's settings, all or nothing like {@link #save}, and returns what was saved before. */
    public Snapshot remove(String id) throws SecretStoreException {
        return change(id, () -> put(id, null));
    }

    private interface Edit {
        void apply() throws BackingStoreException;
    }

    private Snapshot change(String id, Edit edit) throws SecretStoreException {
        Map<String, String> before;
        try {
            before = read(id);
        } catch (BackingStoreException e) {
            throw notSaved(e);
        }
        try {
            edit.apply();
            root.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            try {
                put(id, before);
            } catch (BackingStoreException | IllegalStateException undo) {
                e.addSuppressed(undo);
            }
            throw notSaved(e);
        }
        return new Snapshot(id, before);
    }

    /** The host's keys and values as strings, or null when no node is saved for it. */
    private Map<String, String> read(String id) throws BackingStoreException {
        Preferences parent = root.node(HOSTS);
        if (!parent.nodeExists(id)) {
            return null;
        }
        Preferences node = parent.node(id);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : node.keys()) {
            values.put(key, node.get(key, ""));
        }
        return Collections.unmodifiableMap(values);
    }

    /** Makes the host's node hold exactly these values (in memory; the caller flushes); null removes the node. */
    private void put(String id, Map<String, String> values) throws BackingStoreException {
        Preferences parent = root.node(HOSTS);
        if (values == null) {
            if (parent.nodeExists(id)) {
                parent.node(id).removeNode();
            }
            return;
        }
        Preferences node = parent.node(id);
        node.clear();
        values.forEach(node::put);
    }

    /**
     * The time a host is added, kept strictly after every other host's, so that hosts added within one millisecond
     * still load in the order they were added.
     */
    private static long nextAddedStamp(Preferences parent) {
        long latest = 0;
        try {
            for (String sibling : parent.childrenNames()) {
                latest = Math.max(latest, parent.node(sibling).getLong("added", 0));
            }
        } catch (BackingStoreException e) {
            // Unreadable siblings cannot be ordered against anyway; the clock alone decides.
        }
        return Math.max(System.currentTimeMillis(), latest + 1);
    }

    private static SecretStoreException notSaved(Exception e) {
        return new SecretStoreException("Could not save the Docker host list: " + e.getMessage(), e);
    }

    private static void write(Preferences node, String name, HostDefinition definition) {
        if (node.getLong("added", 0) == 0) {
            node.putLong("added", nextAddedStamp(node.parent()));
        }
        node.put("name", name);
        node.put("address", definition.address());
        node.putInt("port", definition.port());
        node.put("user", definition.user());
        node.putBoolean("sudo", definition.sudo());
        switch (definition.authentication()) {
            case HostAuthentication.KeyFile key -> {
                node.put("auth", "key");
                node.put("keyFile", key.privateKey().toString());
            }
            case HostAuthentication.Agent agent -> {
                node.put("auth", "agent");
                node.remove("keyFile");
            }
            case HostAuthentication.Password password -> {
                node.put("auth", "password");
                node.remove("keyFile");
            }
        }
    }

    private static HostDefinition definition(Preferences node) {
        String auth = node.get("auth", "");
        HostAuthentication authentication = switch (auth) {
            case "key" -> new HostAuthentication.KeyFile(Path.of(Objects.requireNonNull(node.get("keyFile", null),
                "no key file")));
            case "agent" -> new HostAuthentication.Agent();
            case "password" -> new HostAuthentication.Password();
            default -> throw new IllegalArgumentException("unknown authentication '" + auth + "'");
        };
        return new HostDefinition(node.get("address", null), node.getInt("port", 22), node.get("user", null),
            authentication, node.getBoolean("sudo", false));
    }
}
