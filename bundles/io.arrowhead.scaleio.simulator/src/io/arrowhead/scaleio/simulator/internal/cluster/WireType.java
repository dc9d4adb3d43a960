package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.List;

/**
 * The object types of the REST API, with their wire names and the relationships their {@code links} advertise
 * (GATEWAY-API.md §2.1; Statistics first, as real gateways list it).
 */
enum WireType {
    SYSTEM("System", "Statistics", "ProtectionDomain", "Sdc", "User"),
    PROTECTION_DOMAIN("ProtectionDomain", "Statistics", "StoragePool", "Sds", "FaultSet"),
    STORAGE_POOL("StoragePool", "Statistics", "SpSds", "Volume", "Device", "VTree"),
    SDS("Sds", "Statistics", "Device", "RfcacheDevice"),
    DEVICE("Device", "Statistics"),
    VOLUME("Volume", "Statistics"),
    VTREE("VTree", "Statistics", "Volume"),
    SDC("Sdc", "Statistics", "Volume"),
    FAULT_SET("FaultSet", "Statistics", "Sds"),
    /** [open] Users live in the transport's authentication, not in the MDM state: always an empty list here. */
    USER("User"),
    /** Listed as empty: the simulated SDSs have no RFcache devices. */
    RFCACHE_DEVICE("RfcacheDevice"),
    /** Listed as empty (3.5+ type): PyPowerFlex may look policies up by name. */
    SNAPSHOT_POLICY("SnapshotPolicy");

    /** The allocator type of snapshot group ids, which no REST type of their own carries. */
    static final String SNAPSHOT_GROUP = "SnapshotGroup";

    private final String wireName;
    private final List<String> relationships;

    WireType(String wireName, String... relationships) {
        this.wireName = wireName;
        this.relationships = List.of(relationships);
    }

    String wireName() {
        return wireName;
    }

    /** Related types reachable under {@code /relationships/}, in link order. */
    List<String> relationships() {
        return relationships;
    }

    /** Whether this simulator holds objects of the type (the others always list as empty). */
    boolean hasObjects() {
        return !relationships.isEmpty();
    }

    static WireType of(String wireName) {
        for (WireType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw GatewayErrors.invalid("Unknown object type " + wireName + "."); // [open] 400 rather than 404
    }
}
