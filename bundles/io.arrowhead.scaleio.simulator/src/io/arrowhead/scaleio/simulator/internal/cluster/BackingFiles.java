package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the {@link VolumeStore} in step with the volumes. Actions record their file changes under the cluster's
 * write lock; the changes are queued, in that order, to one worker thread when the lock is about to be released,
 * and the caller waits for them after releasing it: a long snapshot copy never blocks the cluster, yet a client
 * sees its change on disk as soon as the call answers. Without a store everything here does nothing.
 */
final class BackingFiles implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BackingFiles.class.getName());

    /** One file operation; it captures ids and sizes, never live entities. */
    @FunctionalInterface
    private interface Change {
        void apply(VolumeStore store) throws IOException;
    }

    private final VolumeStore store;
    private final ExecutorService worker;
    /** Guarded by the cluster's write lock. */
    private final List<Change> recorded = new ArrayList<>();

    private BackingFiles(VolumeStore store) {
        this.store = store;
        this.worker = store == null ? null : Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("simulator-volume-store").factory());
    }

    static BackingFiles none() {
        return new BackingFiles(null);
    }

    /**
     * Files in {@code directory}, created if missing; files of volumes not in {@code volumeIds} are deleted now.
     * IOException naming the directory when it cannot be used.
     */
    static BackingFiles in(Path directory, Set<String> volumeIds) throws IOException {
        VolumeStore store = new VolumeStore(directory);
        try {
            Files.createDirectories(store.directory());
            store.prune(volumeIds);
        } catch (IOException e) {
            throw new IOException("Cannot use the volume store " + store.directory() + ": " + e, e);
        }
        return new BackingFiles(store);
    }

    /** The store's directory, or null when there is none. */
    Path directory() {
        return store == null ? null : store.directory();
    }

    /** A new volume starts empty, whatever file an earlier run left under its id. */
    void created(String volumeId) {
        record(store -> store.delete(volumeId));
    }

    void grown(String volumeId, long sizeInKb) {
        record(store -> store.grow(volumeId, sizeInKb));
    }

    void removed(String volumeId) {
        record(store -> store.delete(volumeId));
    }

    void snapshotted(String sourceId, String snapshotId, long sizeInKb) {
        record(store -> store.copy(sourceId, snapshotId, sizeInKb));
    }

    /** Queues what was recorded; call under the write lock, then {@link #await} the result after releasing it. */
    Future<?> flush() {
        if (recorded.isEmpty()) {
            return null;
        }
        List<Change> changes = List.copyOf(recorded);
        recorded.clear();
        return worker.submit(() -> {
            for (Change change : changes) {
                try {
                    change.apply(store);
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Volume store " + store.directory() + ": " + e.getMessage(), e);
                }
            }
            return null;
        });
    }

    /**
     * Queues the creation of the listed volumes' files; call under the cluster lock, so it runs after every change
     * made before, then {@link #await} the volumes with their files. Null without a store.
     */
    Future<List<SdcVolumes.Volume>> ensure(List<SdcVolumes.Volume> volumes) {
        if (store == null) {
            return null;
        }
        return worker.submit(() -> {
            List<SdcVolumes.Volume> withFiles = new ArrayList<>(volumes.size());
            for (SdcVolumes.Volume volume : volumes) {
                withFiles.add(new SdcVolumes.Volume(volume.id(), volume.name(), volume.sizeInKb(),
                        store.ensure(volume.id(), volume.sizeInKb())));
            }
            return withFiles;
        });
    }

    /** Waits for queued work; null waits for nothing. An IOException of the work comes back unchecked. */
    static <T> T await(Future<T> work) {
        if (work == null) {
            return null;
        }
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the volume store was busy", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("The volume store failed: " + e.getCause(), e.getCause());
        }
    }

    /** Lets queued work finish, for a short while. */
    @Override
    public void close() {
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void record(Change change) {
        if (store != null) {
            recorded.add(change);
        }
    }
}
