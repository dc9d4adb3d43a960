package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonParser;

import io.arrowhead.scaleio.client.model.ClusterSnapshot;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.FaultSet;
import io.arrowhead.scaleio.client.model.Link;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.MdmCluster;
import io.arrowhead.scaleio.client.model.MdmNode;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.SdsIp;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.VTree;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Reads one value of a model type from the parser's current token, leaving the parser on the value's last token.
 * Types without a reader here are read by databind.
 */
@FunctionalInterface
public interface ModelReader<T> {

    T read(JsonParser parser) throws IOException;

    /** A new hand-written reader of this type, for one answer, or {@code null} if it has none. */
    @SuppressWarnings("unchecked")
    static <T> ModelReader<T> of(Class<T> type) {
        Supplier<ModelReader<?>> reader = Registry.READERS.get(type);
        return reader == null ? null : (ModelReader<T>) reader.get();
    }

    /** An array of the type, or what databind makes of anything else; see {@link Values#list}. */
    static <T> List<T> list(JsonParser parser, ModelReader<T> elements, Class<T> elementType) throws IOException {
        return Values.list(parser, elements, elementType);
    }

    /** Kept apart from the interface, whose fields would be public. */
    final class Registry {

        private static final Map<Class<?>, Supplier<ModelReader<?>>> READERS = Map.ofEntries(
                Map.entry(Volume.class, () -> new VolumeReader()::volume),
                Map.entry(MappedSdcInfo.class, () -> new VolumeReader()::mapping),
                Map.entry(Link.class, () -> new LinkReader()::link),
                Map.entry(Sdc.class, () -> new SdcReader()::sdc),
                Map.entry(Sds.class, () -> new SdsReader()::sds),
                Map.entry(SdsIp.class, () -> new SdsReader()::address),
                Map.entry(Device.class, () -> new DeviceReader()::device),
                Map.entry(VTree.class, () -> new VTreeReader()::vtree),
                Map.entry(ScaleIoSystem.class, () -> new SystemReader()::system),
                Map.entry(MdmCluster.class, () -> new SystemReader()::cluster),
                Map.entry(MdmNode.class, () -> new SystemReader()::node),
                Map.entry(ProtectionDomain.class, () -> new DomainReader()::domain),
                Map.entry(StoragePool.class, () -> new DomainReader()::pool),
                Map.entry(FaultSet.class, () -> new DomainReader()::faultSet),
                Map.entry(ClusterSnapshot.class, () -> SnapshotReader::snapshot));

        private Registry() {
        }
    }
}
