package io.arrowhead.core.hosts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import io.arrowhead.core.VolumeRules;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * The saved {@link StorageProfile}s, one preference node {@code storageProfiles/<id>} each. Profiles hold no secrets.
 * Every change is validated first ({@link #problem}); listeners hear of every change. Thread-safe.
 */
public final class StorageProfiles {

    /** Told after profiles were added, changed or removed, on the thread that made the change. */
    @FunctionalInterface
    public interface Listener {
        void profilesChanged();
    }

    /** At most this many characters in a profile's name. */
    public static final int MAX_NAME_LENGTH = 64;
    private static final String PROFILES = "storageProfiles";

    private final Preferences root;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public StorageProfiles(Preferences root) {
        this.root = Objects.requireNonNull(root);
    }

    /** Every saved profile, by name. */
    public synchronized List<StorageProfile> all() {
        List<StorageProfile> profiles = new ArrayList<>();
        try {
            Preferences parent = root.node(PROFILES);
            for (String id : parent.childrenNames()) {
                try {
                    profiles.add(StorageProfileNode.read(parent.node(id)));
                } catch (IllegalArgumentException | NullPointerException e) {
                    ILog.of(StorageProfiles.class).log(Status.warning(
                        "Skipped a saved storage profile whose settings are incomplete: " + e.getMessage(), e));
                }
            }
        } catch (BackingStoreException e) {
            ILog.of(StorageProfiles.class).log(Status.error("Could not read the storage profiles.", e));
        }
        profiles.sort(Comparator.comparing(StorageProfile::name, String.CASE_INSENSITIVE_ORDER));
        return profiles;
    }

    /** The profile of this name, compared ignoring case. */
    public Optional<StorageProfile> find(String name) {
        return all().stream().filter(profile -> profile.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * What is wrong with a profile as a sentence to show, or {@code null} if it can be saved.
     *
     * @param replacing the name of the profile being edited, whose name does not count as taken; null when adding
     */
    public String problem(StorageProfile profile, String replacing) {
        String problem = valueProblem(profile);
        if (problem != null) {
            return problem;
        }
        boolean renamedOrNew = replacing == null || !replacing.equalsIgnoreCase(profile.name());
        if (renamedOrNew && find(profile.name()).isPresent()) {
            return "A storage profile named " + profile.name() + " already exists.";
        }
        return null;
    }

    /** The checks that need no other profile: each field on its own. */
    public static String valueProblem(StorageProfile profile) {
        String name = profile.name();
        if (name == null || name.isBlank()) {
            return "Enter a name for the profile.";
        }
        if (!name.equals(name.strip())) {
            return "The name cannot start or end with a space.";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "The name has " + name.length() + " characters; at most " + MAX_NAME_LENGTH + " are allowed.";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "The name cannot contain tabs, line breaks or other control characters.";
        }
        if (profile.protectionDomain() == null || profile.protectionDomain().isEmpty()) {
            return "Enter the protection domain.";
        }
        String domain = VolumeRules.objectNameProblem(profile.protectionDomain());
        if (domain != null) {
            return "Protection domain: " + domain;
        }
        String pool = profile.pool() == null ? null : VolumeRules.objectNameProblem(profile.pool());
        if (pool != null) {
            return "Storage pool: " + pool;
        }
        if (profile.provisioning() != VolumeType.THIN_PROVISIONED
            && profile.provisioning() != VolumeType.THICK_PROVISIONED) {
            return "Choose thin or thick provisioning.";
        }
        if (profile.defaultSizeGib() < 1 || profile.defaultSizeGib() > VolumeRules.MAX_SIZE_GIB) {
            return "The default size must be between 1 and " + VolumeRules.MAX_SIZE_GIB + " GiB.";
        }
        String iops = VolumeRules.iopsLimitProblem(profile.iopsLimit());
        if (iops != null) {
            return iops;
        }
        String bandwidth = VolumeRules.bandwidthLimitProblem(profile.bandwidthMibps());
        if (bandwidth != null) {
            return bandwidth;
        }
        return profile.filesystem() == null ? "Choose a filesystem: " + FilesystemType.EXT4.toolName() + " or "
            + FilesystemType.XFS.toolName() + "." : null;
    }

    /** Saves a new profile; IllegalArgumentException gives the {@link #problem} and nothing is saved. */
    public void add(StorageProfile profile) {
        replace(null, profile);
    }

    /**
     * Replaces the profile named {@code oldName} (ignoring case), or adds one if it is null; a rename keeps nothing of
     * the old name. IllegalArgumentException gives the {@link #problem} and nothing changes.
     */
    public void replace(String oldName, StorageProfile profile) {
        synchronized (this) {
            String problem = problem(profile, oldName);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            Preferences parent = root.node(PROFILES);
            Preferences node = oldName == null ? null : nodeOf(parent, oldName);
            StorageProfileNode.write(node != null ? node : parent.node(UUID.randomUUID().toString()), profile);
            flush();
        }
        fire();
    }

    /** Removes the profile of this name, if there is one. */
    public void remove(String name) {
        synchronized (this) {
            Preferences node = nodeOf(root.node(PROFILES), name);
            if (node == null) {
                return;
            }
            try {
                node.removeNode();
            } catch (BackingStoreException e) {
                throw notSaved(e);
            }
            flush();
        }
        fire();
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private static Preferences nodeOf(Preferences parent, String name) {
        try {
            for (String id : parent.childrenNames()) {
                if (parent.node(id).get(StorageProfileNode.NAME, "").equalsIgnoreCase(name)) {
                    return parent.node(id);
                }
            }
            return null;
        } catch (BackingStoreException e) {
            throw notSaved(e);
        }
    }

    private void flush() {
        try {
            root.flush();
        } catch (BackingStoreException e) {
            throw notSaved(e);
        }
    }

    private static IllegalStateException notSaved(BackingStoreException e) {
        return new IllegalStateException("The storage profiles could not be saved: " + e.getMessage(), e);
    }

    private void fire() {
        for (Listener listener : listeners) {
            try {
                listener.profilesChanged();
            } catch (RuntimeException e) {
                ILog.of(StorageProfiles.class).log(Status.error("A storage profiles listener failed.", e));
            }
        }
    }
}
