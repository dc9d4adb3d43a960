package io.arrowhead.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** The user-visible text of this package, from messages.properties beside it, so that the console can be translated. */
public final class Messages extends NLS {

    public static String AddGatewayWizard_title;
    public static String AddGatewayWizard_passwordNotSaved;
    public static String EditGatewayWizard_title;
    public static String EditGatewayWizard_refused;
    public static String CertificateTrustDialog_title;
    public static String CertificateTrustDialog_trustPermanently;
    public static String CertificateTrustDialog_trustForSession;
    public static String CertificateTrustDialog_question;
    public static String CertificateTrustDialog_compare;
    public static String CertificateTrustDialog_gateway;
    public static String CertificateTrustDialog_problem;
    public static String CertificateTrustDialog_subject;
    public static String CertificateTrustDialog_issuer;
    public static String CertificateTrustDialog_validFrom;
    public static String CertificateTrustDialog_validTo;
    public static String CertificateTrustDialog_fingerprint;
    public static String CertificateTrustDialog_hostMismatch;
    public static String CertificateTrustDialog_pinMismatch;
    public static String CertificateTrustDialog_untrusted;
    public static String CertificateTrustDialog_expired;
    public static String CertificateTrustDialog_notYetValid;
    public static String ConnectionTest_cancelled;
    public static String ConnectionTest_connected;
    public static String ConnectionTest_connectedVersion;
    public static String ConnectionTest_failed;
    public static String DeleteVolumesDialog_title;
    public static String DeleteVolumesDialog_mappedTitle;
    public static String DeleteVolumesDialog_unmapAndDelete;
    public static String DeleteVolumesDialog_delete;
    public static String DeleteVolumesDialog_mappedOne;
    public static String DeleteVolumesDialog_mappedSeveral;
    public static String DeleteVolumesDialog_theVolumes;
    public static String DeleteVolumesDialog_it;
    public static String DeleteVolumesDialog_withSnapshotsOne;
    public static String DeleteVolumesDialog_withSnapshotsSeveral;
    public static String DeleteVolumesDialog_confirmOne;
    public static String DeleteVolumesDialog_confirmSeveral;
    public static String DeleteVolumesDialog_unmapsOne;
    public static String DeleteVolumesDialog_unmapsSeveral;
    public static String DeleteVolumesDialog_withSnapshotsModeOne;
    public static String DeleteVolumesDialog_withSnapshotsModeSeveral;
    public static String DeleteVolumesDialog_onlyVolumeMode;
    public static String DeleteVolumesDialog_onlyVolumesMode;
    public static String DeleteVolumesDialog_snapshotCountOne;
    public static String DeleteVolumesDialog_snapshotCountSeveral;
    public static String DeleteVolumesDialog_bullet;
    public static String DeleteVolumesDialog_more;
    public static String GatewayPage_addTitle;
    public static String GatewayPage_editTitle;
    public static String GatewayPage_addDescription;
    public static String GatewayPage_editDescription;
    public static String GatewayPage_url;
    public static String GatewayPage_name;
    public static String GatewayPage_user;
    public static String GatewayPage_password;
    public static String GatewayPage_keepPassword;
    public static String GatewayPage_forgetCertificate;
    public static String GatewayPage_test;
    public static String GatewayPage_testTooltip;
    public static String GatewayPage_saveUntested;
    public static String GatewayPage_testFirst;
    public static String GatewayPage_testOutcome;
    public static String GatewayPage_notSaved;
    public static String GatewayPage_nameMissing;
    public static String GatewayPage_nameTaken;
    public static String GatewayPage_userMissing;
    public static String GatewayPage_passwordMissing;
    public static String NewVolumePage_title;
    public static String NewVolumePage_description;
    public static String NewVolumePage_gateway;
    public static String NewVolumePage_pool;
    public static String NewVolumePage_name;
    public static String NewVolumePage_size;
    public static String NewVolumePage_provisioning;
    public static String NewVolumePage_thin;
    public static String NewVolumePage_thick;
    public static String NewVolumeWizard_title;
    public static String NewVolumeWizard_noGateway;
    public static String PoolCapacityLoader_target;
    public static String PoolChoice_label;
    public static String UiTrustCallback_pinMismatchTitle;
    public static String UiTrustCallback_notKnown;
    public static String UiTrustCallback_pinMismatch;
    public static String DeleteVolumesDialog_mappedTo;

    static {
        NLS.initializeMessages("io.arrowhead.ui.internal.wizards.messages", Messages.class);
    }

    private Messages() {
    }
}
