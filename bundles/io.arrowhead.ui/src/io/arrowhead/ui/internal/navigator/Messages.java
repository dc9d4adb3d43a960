package io.arrowhead.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String Filter_noMatches;
    public static String Word_match;
    public static String Word_matches;
    public static String Filter_hint;
    public static String Filter_tooltip;
    public static String Gateway_qualifier;
    public static String Gateway_failed;
    public static String Gateway_demoDescription;
    public static String Gateway_description;
    public static String Text_more;
    public static String Gateway_loading;
    public static String Gateway_refreshing;
    public static String Gateway_retrying;
    public static String Word_volume;
    public static String Word_volumes;
    public static String Gateways_description;
    public static String Gateways_label;
    public static String Navigator_openFailed;
    public static String Navigator_root;
    public static String Navigator_emptyHint;
    public static String Describe_folder;
    public static String Describe_range;
    public static String Describe_system;
    public static String Describe_ownerDomain;
    public static String Describe_ownerSystem;
    public static String Describe_domain;
    public static String Word_storagePool;
    public static String Word_storagePools;
    public static String Word_sds;
    public static String Word_sdss;
    public static String Describe_pool;
    public static String Describe_sds;
    public static String Describe_device;
    public static String Describe_snapshotOf;
    public static String Describe_notMapped;
    public static String Describe_mappedTo;
    public static String Word_sdc;
    public static String Word_sdcs;
    public static String Describe_snapshot;
    public static String Describe_volume;
    public static String Describe_mappedVolume;
    public static String Describe_unknown;
    public static String Describe_sdc;
    public static String Describe_sdcConnected;
    public static String Describe_sdcDisconnected;
    public static String Describe_id;
    public static String Text_folderSize;
    public static String Text_rangeQualifier;
    public static String Text_volumeQualifier;
    public static String Text_volumeMapped;
    public static String Text_iops;
    public static String Text_mbps;
    public static String Text_unlimited;
    public static String Type_thin;
    public static String Type_thick;
    public static String Type_snapshot;
    public static String Type_volume;
    public static String Word_pool;
    public static String Word_pools;
    public static String Text_shownOf;
    public static String Text_emptyRange;
    public static String Text_rangeName;
    public static String Text_disconnected;
    public static String Text_ipDisconnected;
    public static String Word_device;
    public static String Word_devices;
    public static String DockerHosts_label;
    public static String DockerHosts_description;
    public static String Host_qualifier;
    public static String Host_docker;
    public static String Host_dockerUnusable;
    public static String Host_sdc;
    public static String DockerVolume_qualifier;
    public static String DockerVolume_unknownQualifier;
    public static String DockerVolume_mounted;
    public static String DockerVolume_notMounted;
    public static String DockerVolume_description;
    public static String Container_qualifier;
    public static String Container_description;
    public static String OtherVolumes_label;
    public static String OtherVolumes_qualifier;
    public static String OtherVolumes_description;
    public static String Text_backing;
    public static String Drag_more;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.navigator.messages", Messages.class);
    }

    private Messages() {
    }
}
