package io.arrowhead.ui.internal.mapping;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String MapToSdc_title;
    public static String MapToSdc_oneVolume;
    public static String MapToSdc_volumes;
    public static String MapToSdc_sdc;
    public static String MapToSdc_access;
    public static String MapToSdc_readWrite;
    public static String MapToSdc_readOnly;
    public static String MapToSdc_multiple;
    public static String MapToSdc_iops;
    public static String MapToSdc_bandwidth;
    public static String MapToSdc_unlimited;
    public static String MapToSdc_iopsWhat;
    public static String MapToSdc_bandwidthWhat;
    public static String MapToSdc_noSdc;
    public static String MapToSdc_noSdcs;
    public static String MapToSdc_disconnected;
    public static String MapToSdc_disconnectedNote;
    public static String MapToSdc_map;
    public static String Mapping_differentGateways;
    public static String Mapping_gone;
    public static String Unmap_title;
    public static String Unmap_one;
    public static String Unmap_several;
    public static String Unmap_line;
    public static String Unmap_button;
    public static String Unmap_nothingMapped;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.mapping.messages", Messages.class);
    }

    private Messages() {
    }
}
