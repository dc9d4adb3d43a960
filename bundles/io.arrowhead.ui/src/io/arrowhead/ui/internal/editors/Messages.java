package io.arrowhead.ui.internal.editors;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String Limit_iops;
    public static String Limit_bandwidth;
    public static String Limit_notApplied;
    public static String NodeEditorInput_toolTip;
    public static String NodeEditorInput_title;
    public static String NodeEditorInput_titleOnGateway;
    public static String NodeEditorInput_nameOnGateway;
    public static String NodeFormEditor_gone;
    public static String NodeFormEditor_cannotSave;
    public static String NodeFormEditor_saveFailed;
    public static String NodeFormPage_overview;
    public static String NodeFormPage_failed;
    public static String NodeFormPage_disconnected;
    public static String SdcEditor_cannotOpen;
    public static String VolumeEditor_cannotOpen;
    public static String SdcEditorInput_kind;
    public static String VolumeEditorInput_snapshot;
    public static String VolumeEditorInput_volume;
    public static String Part_general;
    public static String SdcGeneralPart_description;
    public static String Field_name;
    public static String SdcGeneralPart_guid;
    public static String SdcGeneralPart_ips;
    public static String SdcGeneralPart_state;
    public static String SdcGeneralPart_version;
    public static String SdcGeneralPart_os;
    public static String Field_id;
    public static String SdcMappingsPart_title;
    public static String SdcMappingsPart_description;
    public static String Column_volume;
    public static String Column_size;
    public static String Column_access;
    public static String Column_iopsLimit;
    public static String Column_bandwidthLimit;
    public static String SnapshotNameDialog_title;
    public static String SnapshotNameDialog_message;
    public static String VolumeGeneralPart_steps;
    public static String VolumeGeneralPart_description;
    public static String VolumeGeneralPart_size;
    public static String VolumeGeneralPart_type;
    public static String VolumeGeneralPart_pool;
    public static String VolumeGeneralPart_source;
    public static String VolumeGeneralPart_created;
    public static String VolumeGeneralPart_domain;
    public static String VolumeGeneralPart_rounding;
    public static String VolumeMappingsPart_title;
    public static String VolumeMappingsPart_description;
    public static String Column_sdc;
    public static String Column_ip;
    public static String Column_bandwidthLimitMbps;
    public static String VolumeSnapshotsPart_title;
    public static String VolumeSnapshotsPart_description;
    public static String Column_name;
    public static String Column_created;
    public static String VolumeSnapshotsPart_takeSnapshot;
    public static String VolumeSnapshotsPart_failed;

    public static String PoolEditor_cannotOpen;
    public static String PoolEditorInput_kind;
    public static String PoolGeneralPart_domain;
    public static String PoolGeneralPart_media;
    public static String PoolGeneralPart_spare;
    public static String PoolGeneralPart_volumes;
    public static String Editors_dashboardFailed;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.editors.messages", Messages.class);
    }

    private Messages() {
    }
}
