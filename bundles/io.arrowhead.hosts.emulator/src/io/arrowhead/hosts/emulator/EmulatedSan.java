package io.arrowhead.hosts.emulator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.arrowhead.hosts.internal.AtomicFiles;

/**
 * The "disks" behind the emulated hosts: per volume id, the filesystem written on it once formatted. One instance
 * is shared by all hosts of a demo, so a filesystem follows its volume when the volume is mapped elsewhere. With a
 * state file the filesystems survive a restart, like the volumes of a simulator that keeps its state.
 */
public final class EmulatedSan {

    /** A filesystem signature as blkid reports it; {@code type} is {@code ext4} or {@code xfs}. */
    public record Filesystem(String type, String uuid, String label) {

        public Filesystem {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(uuid, "uuid");
        }
    }

    private final Map<String, Filesystem> filesystems = new ConcurrentHashMap<>();
    private final Path stateFile;

    /** Filesystems in memory only. */
    public EmulatedSan() {
        this.stateFile = null;
    }

    /** Filesystems kept in this file (created when the first volume is formatted). */
    public EmulatedSan(Path stateFile) throws IOException {
        this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
        if (Files.exists(stateFile)) {
            Properties saved = new Properties();
            try (Reader reader = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
                saved.load(reader);
            }
            for (String volumeId : saved.stringPropertyNames()) {
                String[] parts = saved.getProperty(volumeId).split(" ", 3);
                if (parts.length >= 2) {
                    filesystems.put(volumeId, new Filesystem(parts[0], parts[1], parts.length > 2 ? parts[2] : null));
                }
            }
        }
    }

    /** The filesystem on this volume, empty while the volume is blank. */
    public Optional<Filesystem> filesystem(String volumeId) {
        return Optional.ofNullable(filesystems.get(key(volumeId)));
    }

    /**
     * Writes a new filesystem of this type on a blank volume, with a fresh UUID.
     *
     * @throws IllegalStateException when the volume already holds a filesystem (the caller reports it like mkfs)
     */
    public Filesystem format(String volumeId, String type, String label) {
        Filesystem created = new Filesystem(type, UUID.randomUUID().toString(), label);
        Filesystem existing = filesystems.putIfAbsent(key(volumeId), created);
        if (existing != null) {
            throw new IllegalStateException(existing.type());
        }
        save();
        return created;
    }

    /** Forgets the volume's filesystem, as when the volume is removed and its space reused. */
    public void wipe(String volumeId) {
        if (filesystems.remove(key(volumeId)) != null) {
            save();
        }
    }

    private static String key(String volumeId) {
        return Objects.requireNonNull(volumeId, "volumeId").toLowerCase(Locale.ROOT);
    }

    /** Whole-file rewrite that a crash or a failure never leaves half done (see {@link AtomicFiles}). */
    private synchronized void save() {
        if (stateFile == null) {
            return;
        }
        Properties state = new Properties();
        filesystems.forEach((volumeId, fs) -> state.setProperty(volumeId,
                fs.type() + " " + fs.uuid() + (fs.label() == null ? "" : " " + fs.label())));
        try {
            StringWriter text = new StringWriter();
            state.store(text, "Filesystems on emulated ScaleIO volumes");
            AtomicFiles.write(stateFile, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the emulated filesystems to " + stateFile + ".", e);
        }
    }
}
