package io.arrowhead.scaleio.simulator.internal.cluster;

import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.CLOCK;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.GIB_KB;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.action;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.createVolume;
import static io.arrowhead.scaleio.simulator.internal.cluster.ClusterTestSupport.post;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.simulator.ClusterScenario;

/** Volumes backed by sparse files: created when listed, grown, copied for snapshots, deleted with the volume. */
class VolumeStoreTest {

    private static final ClusterScenario SMALL = new ClusterScenario(7, "lab", 1, 2, 3, 2, 512, 4, 0, 0, 0, 3, 0);
    private static final byte[] DATA = "arrowhead volume data".getBytes(StandardCharsets.UTF_8);
    /** Past the first GiB, so the copy must find data beyond many empty chunks. */
    private static final long DATA_OFFSET = 3L * 1024 * 1024 * 1024 + 12345;

    private final Path store;
    private final SimulatedCluster cluster;
    private final String sdcId;

    VolumeStoreTest() throws IOException {
        store = ClusterTestSupport.newDirectory();
        cluster = SimulatedCluster.create(SMALL, CLOCK, store);
        sdcId = ClusterTestSupport.sdcIds(cluster).get(0);
    }

    @AfterEach
    void cleanUp() throws IOException {
        cluster.close();
        ClusterTestSupport.deleteDirectory(store);
    }

    private String mappedVolume(String name, int sizeGb) {
        String id = createVolume(cluster, name, sizeGb);
        post(cluster, action(id, "addMappedSdc"), "{\"sdcId\":\"" + sdcId + "\"}").assertEmptyObject();
        return id;
    }

    private Path file(String volumeId) {
        return store.toAbsolutePath().normalize().resolve(volumeId + ".img");
    }

    @Test
    void aVolumeGetsASparseFileOfItsSizeWhenFirstListed() throws Exception {
        String id = mappedVolume("data", 16);
        assertFalse(Files.exists(file(id)), "created lazily");
        SdcVolumes listing = cluster.mappedVolumes(sdcId);
        assertEquals(sdcId, listing.sdcId());
        assertEquals(cluster.systemId(), listing.systemId());
        assertEquals(List.of(new SdcVolumes.Volume(id, "data", 16 * GIB_KB, file(id))), listing.volumes());
        assertEquals(16L * 1024 * 1024 * 1024, Files.size(file(id)));
        assertTrue(allocatedBlocks(file(id)) < 1024, "sparse: " + allocatedBlocks(file(id)) + " blocks");
        assertEquals(listing, cluster.mappedVolumes(listing.sdcGuid()), "by GUID as by id, and idempotent");
        assertEquals(store.toAbsolutePath().normalize(), cluster.volumeStore());
    }

    @Test
    void onlyTheSdcsMappedVolumesAreListed() {
        String mapped = mappedVolume("mine", 8);
        createVolume(cluster, "unmapped", 8);
        String other = createVolume(cluster, "theirs", 8);
        post(cluster, action(other, "addMappedSdc"), "{\"sdcId\":\"" + ClusterTestSupport.sdcIds(cluster).get(1)
                + "\"}").assertEmptyObject();
        List<SdcVolumes.Volume> volumes = cluster.mappedVolumes(sdcId).volumes();
        assertEquals(List.of(mapped), volumes.stream().map(SdcVolumes.Volume::id).toList());
        assertEquals(List.of(file(mapped)), filesInStore());
    }

    @Test
    void growingAVolumeExtendsItsFile() throws IOException {
        String id = mappedVolume("grows", 8);
        cluster.mappedVolumes(sdcId);
        post(cluster, action(id, "setVolumeSize"), "{\"sizeInGB\":\"24\"}").assertEmptyObject();
        assertEquals(24L * 1024 * 1024 * 1024, Files.size(file(id)));
        assertEquals(24 * GIB_KB, cluster.mappedVolumes(sdcId).volumes().get(0).sizeInKb());
    }

    @Test
    void aSnapshotCopiesItsSourcesDataAsItWasAndStaysSparse() throws IOException {
        String id = mappedVolume("source", 8);
        cluster.mappedVolumes(sdcId);
        write(file(id), DATA_OFFSET, DATA);
        String snapshot = snapshot(id, "copy");
        write(file(id), DATA_OFFSET, new byte[DATA.length]); // later writes to the source do not reach the copy
        assertEquals(8L * 1024 * 1024 * 1024, Files.size(file(snapshot)));
        assertArrayEquals(DATA, read(file(snapshot), DATA_OFFSET, DATA.length));
        assertTrue(allocatedBlocks(file(snapshot)) < 8192, "sparse: " + allocatedBlocks(file(snapshot)) + " blocks");
    }

    @Test
    void aSnapshotOfAVolumeWithoutAFileHasNoneEither() {
        String id = mappedVolume("never-listed", 8);
        String snapshot = snapshot(id, "empty-copy");
        assertFalse(Files.exists(file(id)));
        assertFalse(Files.exists(file(snapshot)));
    }

    @Test
    void removingVolumesDeletesTheirFilesWithTheirDescendants() throws IOException {
        String id = mappedVolume("doomed", 8);
        cluster.mappedVolumes(sdcId);
        write(file(id), 0, DATA);
        String snapshot = snapshot(id, "doomed-snap");
        String ofSnapshot = snapshot(snapshot, "doomed-snap-snap");
        assertTrue(Files.exists(file(ofSnapshot)));
        post(cluster, action(id, "removeMappedSdc"), "{\"sdcId\":\"" + sdcId + "\"}").assertEmptyObject();
        post(cluster, action(snapshot, "removeVolume"), "{\"removeMode\":\"DESCENDANTS_ONLY\"}").assertEmptyObject();
        assertFalse(Files.exists(file(ofSnapshot)));
        assertTrue(Files.exists(file(snapshot)));
        post(cluster, action(id, "removeVolume"), "{\"removeMode\":\"INCLUDING_DESCENDANTS\"}").assertEmptyObject();
        assertEquals(List.of(), filesInStore());
    }

    @Test
    void aNewClusterStartsWithEmptyVolumesWhateverAnEarlierRunLeft() throws IOException {
        Path stale = Files.writeString(store.resolve("0123456789abcdef.img"), "old data");
        Path unrelated = Files.writeString(store.resolve("notes.txt"), "kept");
        String nextId = createVolume(ClusterTestSupport.small(), "probe", 8); // ids repeat from run to run
        try (SimulatedCluster fresh = SimulatedCluster.create(SMALL, CLOCK, store)) {
            assertFalse(Files.exists(stale));
            assertTrue(Files.exists(unrelated));
            Files.writeString(store.resolve(nextId + ".img"), "left over");
            assertEquals(nextId, createVolume(fresh, "reused", 8));
            assertEquals(List.of(), filesInStore(), "a created volume starts without a file");
        }
    }

    @Test
    void aRestoredClusterKeepsTheFilesOfItsVolumesOnly() throws IOException {
        Path stateDirectory = ClusterTestSupport.newDirectory();
        try {
            Path state = stateDirectory.resolve("cluster.json");
            String id;
            try (SimulatedCluster saved = SimulatedCluster.open(state, SMALL, CLOCK, store)) {
                id = createVolume(saved, "kept", 8);
                post(saved, action(id, "addMappedSdc"), "{\"sdcId\":\"" + sdcId + "\"}").assertEmptyObject();
                saved.mappedVolumes(sdcId);
                write(file(id), DATA_OFFSET, DATA);
            }
            Path orphan = Files.writeString(store.resolve("0123456789abcdef.img"), "no such volume");
            try (SimulatedCluster restored = SimulatedCluster.open(state, SMALL, CLOCK, store)) {
                assertFalse(Files.exists(orphan));
                assertArrayEquals(DATA, read(file(id), DATA_OFFSET, DATA.length));
                assertEquals(file(id), restored.mappedVolumes(sdcId).volumes().get(0).backingFile());
            }
        } finally {
            ClusterTestSupport.deleteDirectory(stateDirectory);
        }
    }

    @Test
    void unknownSdcsAndClustersWithoutAStoreAnswerClearly() {
        assertThrows(IllegalArgumentException.class, () -> cluster.mappedVolumes("no-such-sdc"));
        SimulatedCluster plain = ClusterTestSupport.small();
        String plainSdc = ClusterTestSupport.sdcIds(plain).get(0);
        String id = createVolume(plain, "memory", 8);
        post(plain, action(id, "addMappedSdc"), "{\"sdcId\":\"" + plainSdc + "\"}").assertEmptyObject();
        SdcVolumes.Volume listed = plain.mappedVolumes(plainSdc).volumes().get(0);
        assertNull(listed.backingFile());
        assertNull(plain.volumeStore());
    }

    @Test
    void aStoreThatIsNotADirectoryFailsTheStartNamingIt() throws IOException {
        Path notADirectory = Files.writeString(store.resolve("plain-file"), "x");
        IOException failure = assertThrows(IOException.class, () -> SimulatedCluster.create(SMALL, CLOCK,
                notADirectory));
        assertTrue(failure.getMessage().contains("volume store " + notADirectory), failure.getMessage());
    }

    private String snapshot(String volumeId, String name) {
        ClusterTestSupport.Answer answer = post(cluster, "/api/instances/System/action/snapshotVolumes",
                "{\"snapshotDefs\":[{\"volumeId\":\"" + volumeId + "\",\"snapshotName\":\"" + name + "\"}]}");
        answer.assertOk();
        return answer.json().path("volumeIdList").get(0).asText();
    }

    private List<Path> filesInStore() {
        try (var files = Files.list(store)) {
            return files.filter(f -> f.toString().endsWith(".img")).map(f -> f.toAbsolutePath().normalize())
                    .sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void write(Path file, long offset, byte[] bytes) throws IOException {
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
            data.seek(offset);
            data.write(bytes);
        }
    }

    static byte[] read(Path file, long offset, int length) throws IOException {
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[length];
            data.seek(offset);
            data.readFully(bytes);
            return bytes;
        }
    }

    /** 512-byte blocks the file occupies on disk, as {@code stat} reports them. */
    static long allocatedBlocks(Path file) throws IOException {
        Process stat = new ProcessBuilder("stat", "--format=%b", file.toString()).redirectErrorStream(true).start();
        String output = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (stat.waitFor() != 0) {
                throw new IOException("stat failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return Long.parseLong(output);
    }
}
