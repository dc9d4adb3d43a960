package io.arrowhead.ui.internal.hosts;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String DockerHostWizard_addTitle;
    public static String DockerHostWizard_editTitle;
    public static String DockerHostWizard_notSaved;
    public static String DockerHostPage_addDescription;
    public static String DockerHostPage_editDescription;
    public static String DockerHostPage_name;
    public static String DockerHostPage_address;
    public static String DockerHostPage_port;
    public static String DockerHostPage_user;
    public static String DockerHostPage_authentication;
    public static String DockerHostPage_keyFile;
    public static String DockerHostPage_browse;
    public static String DockerHostPage_passphrase;
    public static String DockerHostPage_agent;
    public static String DockerHostPage_password;
    public static String DockerHostPage_passwordField;
    public static String DockerHostPage_keepSecret;
    public static String DockerHostPage_sudo;
    public static String DockerHostPage_test;
    public static String DockerHostPage_testTooltip;
    public static String DockerHostPage_saveUntested;
    public static String DockerHostPage_testOutcome;
    public static String DockerHostPage_testFirst;
    public static String DockerHostPage_notSaved;
    public static String DockerHostPage_nameMissing;
    public static String DockerHostPage_nameTaken;
    public static String DockerHostPage_addressMissing;
    public static String DockerHostPage_portInvalid;
    public static String DockerHostPage_userMissing;
    public static String DockerHostPage_keyFileMissing;
    public static String DockerHostPage_keyFileUnreadable;
    public static String DockerHostPage_passwordMissing;
    public static String DockerHostPage_chooseKeyFile;
    public static String DockerHostPage_forgetKey;
    public static String HostProbeTest_task;
    public static String HostProbeTest_failed;
    public static String HostProbeTest_cancelled;
    public static String HostProbeTest_passed;
    public static String HostProbeDescription_os;
    public static String HostProbeDescription_kernel;
    public static String HostProbeDescription_docker;
    public static String HostProbeDescription_dockerUnusable;
    public static String HostProbeDescription_sdcGuid;
    public static String HostProbeDescription_noSdc;
    public static String HostProbeDescription_noGuid;
    public static String HostProbeDescription_sdcMatch;
    public static String HostProbeDescription_sdcUnknown;
    public static String HostProbeDescription_unknown;
    public static String HostErrors_keyChanged;
    public static String HostKeyDialog_title;
    public static String HostKeyDialog_question;
    public static String HostKeyDialog_compare;
    public static String HostKeyDialog_host;
    public static String HostKeyDialog_keyType;
    public static String HostKeyDialog_fingerprint;
    public static String HostKeyDialog_trustPermanently;
    public static String HostKeyDialog_trustOnce;
    public static String ForgetHostKey_title;
    public static String ForgetHostKey_question;
    public static String ForgetHostKey_none;
    public static String ForgetHostKey_forget;
    public static String ForgetHostKey_job;
    public static String ForgetHostKey_failed;
    public static String ForgetHostKey_stillInUserFile;
    public static String RemoveDockerHost_title;
    public static String RemoveDockerHost_question;
    public static String RemoveDockerHost_one;
    public static String RemoveDockerHost_several;
    public static String RemoveDockerHost_forgetKey;
    public static String RemoveDockerHost_remove;
    public static String RemoveDockerHost_job;
    public static String RemoveDockerHost_failed;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
