package io.arrowhead.hosts.emulator;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * What an emulated SDC needs from the storage side: a way to announce itself and to learn which volumes are mapped
 * to it. {@link SimulatorAdminBackend} talks to a gateway simulator; tests may supply their own.
 */
public interface SanBackend extends AutoCloseable {

    /** Registers (or re-announces) the SDC as connected; returns its SDC id. */
    String registerSdc(String guid, String ip, String name) throws IOException;

    /** The volumes currently mapped to the SDC with this GUID. */
    List<MappedVolume> mappedVolumes(String sdcGuid) throws IOException;

    /** The id of the system the SDC belongs to, for {@code drv_cfg --query_mdms}; null when unknown. */
    default String systemId(String sdcGuid) throws IOException {
        return null;
    }

    /** Marks the SDC disconnected, as when its host shuts down; nothing by default. */
    default void disconnectSdc(String sdcGuid) throws IOException {
    }

    /** Releases what the backend holds, such as an HTTP client; nothing by default. */
    @Override
    default void close() {
    }

    /** One volume mapped to an SDC; ids are lower-case hex as the gateway writes them. */
    record MappedVolume(String systemId, String volumeId, long sizeInKb) {

        public MappedVolume {
            Objects.requireNonNull(systemId, "systemId");
            Objects.requireNonNull(volumeId, "volumeId");
        }
    }
}
