package io.arrowhead.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String Statistics_readAt;
    public static String Row_allocationUnitValue;
    public static String Capacity_usage;
    public static String Capacity_allocated;
    public static String Row_percent;
    public static String Title_items;
    public static String Title_gateway;
    public static String Title_onGateway;
    public static String Title_system;
    public static String Title_protectionDomain;
    public static String Title_pool;
    public static String Title_snapshot;
    public static String Title_volume;
    public static String Title_sdc;
    public static String Title_sds;
    public static String Title_device;
    public static String Statistics_backEnd;
    public static String Statistics_read;
    public static String Statistics_write;
    public static String Statistics_iops;
    public static String Statistics_bandwidth;
    public static String Statistics_averageSize;
    public static String Text_property;
    public static String Text_value;
    public static String Text_loading;
    public static String Text_readTheStatisticsFromTheGatewayAgain;
    public static String Text_refreshing;
    public static String Text_status;
    public static String Text_refresh;
    public static String Text_thickInUseRaw;
    public static String Text_spareRaw;
    public static String Text_snapshotSharesUnchangedDataWithItsSource;
    public static String Text_inUseRaw;
    public static String Text_unusedRaw;
    public static String Text_capacityLimit;
    public static String Text_usableNet;
    public static String Text_reservedRawBothCopies;
    public static String Text_size;
    public static String Text_thinPoolSpaceIsTakenAsData;
    public static String Text_thinInUseRaw;
    public static String Text_allocationUnit;
    public static String Text_availableForNewVolumesNet;
    public static String Text_maximumCapacity;
    public static String Text_totalRaw;
    public static String Text_snapshotsInUseRaw;
    public static String Text_provisioning;
    public static String Text_thinAllocatedRaw;
    public static String Text_allocatedNet;
    public static String Text_thickTheWholeSizeIsReservedIn;
    public static String Text_guid;
    public static String Text_ipAddresses;
    public static String Text_sourceVolume;
    public static String Text_user;
    public static String Text_type;
    public static String Text_protectionDomain;
    public static String Text_created;
    public static String Text_mappedVolumes;
    public static String Text_snapshots;
    public static String Text_lastError;
    public static String Text_approved;
    public static String Text_scaleioRESTGateway;
    public static String Text_performanceProfile;
    public static String Text_embeddedDemoCluster;
    public static String Text_kind;
    public static String Text_id;
    public static String Text_state;
    public static String Text_name;
    public static String Text_never;
    public static String Text_mappedSDCs;
    public static String Text_lastLoaded;
    public static String Text_storagePool;
    public static String Text_operatingSystem;
    public static String Text_url;
    public static String Text_version;
    public static String Text_devices;
    public static String Text_mdmClusterState;
    public static String Text_restrictedSDCMode;
    public static String Text_mdmConnection;
    public static String Text_mediaType;
    public static String Text_rfcacheEnabled;
    public static String Text_path;
    public static String Text_errorState;
    public static String Text_mdmClusterMode;
    public static String Text_sdss;
    public static String Text_port;
    public static String Text_sdcs;
    public static String Text_storagePools;
    public static String Text_membership;
    public static String Text_volumesAndSnapshots;
    public static String Text_volumes;
    public static String Text_spareCapacity;
    public static String Text_maintenance;
    public static String Text_sds;
    public static String Text_dataLayout;
    public static String Text_zeroPadding;
    public static String Text_protectionDomains;
    public static String Text_bandwidthLimit;
    public static String Text_access;
    public static String Text_volume;
    public static String Text_iopsLimit;
    public static String Text_childVolumes;
    public static String Text_thickBaseVolumes;
    public static String Text_vtrees;
    public static String Text_thinBaseVolumes;
    public static String Text_faultSets;
    public static String Text_unmappedVolumes;
    public static String Text_descendantVolumes;
    public static String Text_ip;
    public static String Text_sdc;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.properties.messages", Messages.class);
    }

    private Messages() {
    }
}
