package io.arrowhead.ui.internal.profiles;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String NewDockerVolume_title;
    public static String NewDockerVolume_heading;
    public static String NewDockerVolume_name;
    public static String NewDockerVolume_profile;
    public static String NewDockerVolume_profileItem;
    public static String NewDockerVolume_size;
    public static String NewDockerVolume_gateway;
    public static String NewDockerVolume_create;
    public static String NewDockerVolume_summary;
    public static String NewDockerVolume_noGateway;
    public static String NewDockerVolume_noProfile;
    public static String NewDockerVolume_enterName;
    public static String NewDockerVolume_dockerName;
    public static String ProfileText_thin;
    public static String ProfileText_thick;
    public static String ProfileText_anyPool;
    public static String ProfileText_anyIops;
    public static String ProfileText_iops;
    public static String ProfileText_anyBandwidth;
    public static String ProfileText_bandwidth;
    public static String ProfileText_summary;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.profiles.messages", Messages.class);
    }

    private Messages() {
    }
}
