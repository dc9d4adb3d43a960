package io.arrowhead.ui.internal.hosts;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyDecision;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.AccessibleNames;

/**
 * Shows a host key no known hosts file records, with its SHA256 fingerprint as {@code ssh-keygen -l} prints it, and
 * asks whether to trust it permanently (the application's known_hosts), once (this session) or not at all. Cancel is
 * the default button, so that Enter never trusts a key by accident.
 */
public final class HostKeyDialog extends TitleAreaDialog {

    public static final String TITLE = Messages.HostKeyDialog_title;

    private static final int PERMANENT_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int ONCE_ID = IDialogConstants.CLIENT_ID + 2;

    private final HostDefinition host;
    private final String keyType;
    private final String fingerprint;
    private HostKeyDecision decision = HostKeyDecision.REJECT;

    public HostKeyDialog(Shell parent, HostDefinition host, String keyType, String fingerprint) {
        super(parent);
        this.host = host;
        this.keyType = keyType;
        this.fingerprint = fingerprint;
    }

    /** The user's answer; {@link HostKeyDecision#REJECT} unless a trust button was pressed. */
    public HostKeyDecision decision() {
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
        setTitle(Messages.HostKeyDialog_question);
        setMessage(Messages.HostKeyDialog_compare, IMessageProvider.WARNING);
        getButton(IDialogConstants.CANCEL_ID).setFocus();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        row(body, Messages.HostKeyDialog_host, host.displayName(), "hostKey.host");
        row(body, Messages.HostKeyDialog_keyType, keyType, "hostKey.type");
        Text shown = row(body, Messages.HostKeyDialog_fingerprint, fingerprint, "hostKey.fingerprint");
        shown.setFont(JFaceResources.getTextFont());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetIds.set(createButton(parent, PERMANENT_ID, Messages.HostKeyDialog_trustPermanently, false),
            "hostKey.permanent");
        WidgetIds.set(createButton(parent, ONCE_ID, Messages.HostKeyDialog_trustOnce, false), "hostKey.once");
        WidgetIds.set(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true),
            "hostKey.cancel");
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == PERMANENT_ID || buttonId == ONCE_ID) {
            decision = buttonId == PERMANENT_ID ? HostKeyDecision.ACCEPT_PERMANENTLY : HostKeyDecision.ACCEPT_ONCE;
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

    private static Text row(Composite parent, String labelText, String value, String id) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(labelText);
        // read-only text rather than a label, so that the value can be selected and copied
        Text text = WidgetIds.set(new Text(parent, SWT.READ_ONLY | SWT.SINGLE), id);
        text.setText(value == null ? "" : value);
        AccessibleNames.labelledBy(text, label);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        return text;
    }
}
