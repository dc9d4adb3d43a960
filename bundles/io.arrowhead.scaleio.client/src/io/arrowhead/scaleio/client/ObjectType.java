package io.arrowhead.scaleio.client;

import java.util.List;

import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.FaultSet;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.VTree;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * A gateway object type: its name in URLs and statistics requests, and the record it reads into. The set is closed,
 * so a type name in a request path never comes from user input.
 */
public final class ObjectType<T> {

    public static final ObjectType<ScaleIoSystem> SYSTEM = new ObjectType<>("System", ScaleIoSystem.class);
    public static final ObjectType<ProtectionDomain> PROTECTION_DOMAIN =
            new ObjectType<>("ProtectionDomain", ProtectionDomain.class);
    public static final ObjectType<StoragePool> STORAGE_POOL = new ObjectType<>("StoragePool", StoragePool.class);
    public static final ObjectType<Volume> VOLUME = new ObjectType<>("Volume", Volume.class);
    public static final ObjectType<Sdc> SDC = new ObjectType<>("Sdc", Sdc.class);
    public static final ObjectType<Sds> SDS = new ObjectType<>("Sds", Sds.class);
    public static final ObjectType<Device> DEVICE = new ObjectType<>("Device", Device.class);
    public static final ObjectType<FaultSet> FAULT_SET = new ObjectType<>("FaultSet", FaultSet.class);
    public static final ObjectType<VTree> VTREE = new ObjectType<>("VTree", VTree.class);

    private static final List<ObjectType<?>> ALL =
            List.of(SYSTEM, PROTECTION_DOMAIN, STORAGE_POOL, VOLUME, SDC, SDS, DEVICE, FAULT_SET, VTREE);

    private final String wireName;
    private final Class<T> modelClass;

    private ObjectType(String wireName, Class<T> modelClass) {
        this.wireName = wireName;
        this.modelClass = modelClass;
    }

    /**
     * The type with this gateway name, such as {@code "StoragePool"}.
     *
     * @throws IllegalArgumentException for a name that is not one of the constants
     */
    public static ObjectType<?> ofWireName(String wireName) {
        return ALL.stream().filter(type -> type.wireName.equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + wireName + "' is not a known gateway object type."));
    }

    /** The gateway's name, as in {@code /api/types/StoragePool/instances}. */
    public String wireName() {
        return wireName;
    }

    public Class<T> modelClass() {
        return modelClass;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
