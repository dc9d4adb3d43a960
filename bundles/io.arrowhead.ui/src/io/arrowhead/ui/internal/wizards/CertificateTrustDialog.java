package io.arrowhead.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.TrustDecision;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.scaleio.client.UntrustedCertificateException;
import io.arrowhead.ui.WidgetIds;

/**
 * Shows a gateway certificate that nothing vouches for and asks whether to trust it, the way Apache Directory
 * Studio does: permanently (pinned in secure storage), for this session only, or not at all. Cancel is the default
 * button, so that pressing Enter never trusts a certificate by accident.
 */
public final class CertificateTrustDialog extends TitleAreaDialog {

    public static final String TITLE = Messages.CertificateTrustDialog_title;
    public static final String TRUST_PERMANENTLY = Messages.CertificateTrustDialog_trustPermanently;
    public static final String TRUST_FOR_SESSION = Messages.CertificateTrustDialog_trustForSession;

    private static final int PERMANENT_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int SESSION_ID = IDialogConstants.CLIENT_ID + 2;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withZone(ZoneId.systemDefault());

    private final String gatewayUrl;
    private final UntrustedCertificateException certificate;
    private TrustDecision decision = TrustDecision.REJECT;

    public CertificateTrustDialog(Shell parent, String gatewayUrl, UntrustedCertificateException certificate) {
        super(parent);
        this.gatewayUrl = gatewayUrl;
        this.certificate = certificate;
    }

    /** The user's answer; {@link TrustDecision#REJECT} unless a trust button was pressed. */
    public TrustDecision decision() {
        return decision;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    public void create() {
        super.create();
        setTitle(Messages.CertificateTrustDialog_question);
        setMessage(Messages.CertificateTrustDialog_compare,
            IMessageProvider.WARNING);
        getButton(IDialogConstants.CANCEL_ID).setFocus();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        row(body, Messages.CertificateTrustDialog_gateway, gatewayUrl, "trust.gateway");
        row(body, Messages.CertificateTrustDialog_problem, reasonText(), "trust.reason");
        row(body, Messages.CertificateTrustDialog_subject, certificate.subject(), "trust.subject");
        row(body, Messages.CertificateTrustDialog_issuer, certificate.issuer(), "trust.issuer");
        row(body, Messages.CertificateTrustDialog_validFrom, DATE_TIME.format(certificate.notBefore()),
            "trust.validFrom");
        row(body, Messages.CertificateTrustDialog_validTo, DATE_TIME.format(certificate.notAfter()), "trust.validTo");
        String validity = validityProblem(Instant.now());
        if (validity != null) {
            new Label(body, SWT.NONE);
            Label warning = WidgetIds.set(new Label(body, SWT.WRAP), "trust.validity");
            warning.setText(validity);
            warning.setForeground(warning.getDisplay().getSystemColor(SWT.COLOR_RED));
            GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(warning);
        }
        new Label(body, SWT.NONE).setText(Messages.CertificateTrustDialog_fingerprint);
        // One line, so that it reads and copies as the administrator's tools print it.
        Text fingerprint = WidgetIds.set(new Text(body, SWT.READ_ONLY | SWT.SINGLE), "trust.fingerprint");
        fingerprint.setFont(JFaceResources.getTextFont());
        fingerprint.setText(certificate.sha256Fingerprint());
        GC gc = new GC(fingerprint);
        int width = gc.textExtent(fingerprint.getText()).x;
        gc.dispose();
        GridDataFactory.fillDefaults().grab(true, false).hint(width + 16, SWT.DEFAULT).applyTo(fingerprint);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetIds.set(createButton(parent, PERMANENT_ID, TRUST_PERMANENTLY, false), "trust.permanent");
        WidgetIds.set(createButton(parent, SESSION_ID, TRUST_FOR_SESSION, false), "trust.session");
        Button cancel = createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
        WidgetIds.set(cancel, "trust.cancel");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == PERMANENT_ID || buttonId == SESSION_ID) {
            decision = buttonId == PERMANENT_ID ? TrustDecision.PERMANENT : TrustDecision.SESSION;
            setReturnCode(OK);
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    private String reasonText() {
        return switch (certificate.reason()) {
            case HOSTNAME_MISMATCH -> NLS.bind(Messages.CertificateTrustDialog_hostMismatch, hostOf(gatewayUrl));
            case PIN_MISMATCH -> Messages.CertificateTrustDialog_pinMismatch;
            case UNTRUSTED -> Messages.CertificateTrustDialog_untrusted;
        };
    }

    private String validityProblem(Instant now) {
        if (now.isAfter(certificate.notAfter())) {
            return NLS.bind(Messages.CertificateTrustDialog_expired, DATE_TIME.format(certificate.notAfter()));
        }
        if (now.isBefore(certificate.notBefore())) {
            return NLS.bind(Messages.CertificateTrustDialog_notYetValid,
                DATE_TIME.format(certificate.notBefore()));
        }
        return null;
    }

    private static String hostOf(String url) {
        try {
            return GatewayEndpoint.parse(url).host();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static void row(Composite parent, String label, String value, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = WidgetIds.set(new Text(parent, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI), id);
        text.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
    }
}
