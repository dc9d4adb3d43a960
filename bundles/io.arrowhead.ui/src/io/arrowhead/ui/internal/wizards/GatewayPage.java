package io.arrowhead.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.ui.WidgetIds;

/**
 * The address and login of a gateway, for adding one or for editing one. Until the user edits the name, it follows
 * the host of the URL. When editing, an empty password keeps the saved one.
 */
public final class GatewayPage extends WizardPage {

    private final GatewayConnections connections;
    private final GatewayConnection editing;
    private Text url;
    private Text name;
    private Text user;
    private Text password;
    private Button forgetCertificate;
    private Button test;
    private boolean nameEdited;
    private boolean updatingName;
    private boolean touched;

    /** @param editing the gateway to edit, or {@code null} to add one */
    public GatewayPage(GatewayConnections connections, GatewayConnection editing) {
        super("gateway");
        this.connections = connections;
        this.editing = editing;
        setTitle(editing == null ? Messages.GatewayPage_addTitle : Messages.GatewayPage_editTitle);
        setDescription(editing == null ? Messages.GatewayPage_addDescription : Messages.GatewayPage_editDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        url = field(body, Messages.GatewayPage_url, SWT.BORDER, "gateway.url");
        url.setMessage("https://gateway.example.com:443");
        name = field(body, Messages.GatewayPage_name, SWT.BORDER, "gateway.name");
        user = field(body, Messages.GatewayPage_user, SWT.BORDER, "gateway.user");
        password = field(body, Messages.GatewayPage_password, SWT.BORDER | SWT.PASSWORD, "gateway.password");
        if (editing != null) {
            password.setMessage(Messages.GatewayPage_keepPassword);
            url.setText(editing.settings().url());
            name.setText(editing.name());
            user.setText(editing.settings().user());
            nameEdited = true;
            forgetCertificate = WidgetIds.set(new Button(body, SWT.CHECK), "gateway.forgetCertificate");
            forgetCertificate.setText(Messages.GatewayPage_forgetCertificate);
            GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(forgetCertificate);
        }
        test = WidgetIds.set(new Button(body, SWT.PUSH), "gateway.test");
        test.setText(Messages.GatewayPage_test);
        test.setToolTipText(Messages.GatewayPage_testTooltip);
        GridDataFactory.swtDefaults().span(2, 1).align(SWT.END, SWT.CENTER).indent(0, 8).applyTo(test);
        ConnectionTest tester = new ConnectionTest(this, connections, editing);
        test.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> tester.run()));
        url.addModifyListener(e -> urlChanged());
        name.addModifyListener(e -> {
            nameEdited |= !updatingName;
            changed();
        });
        user.addModifyListener(e -> changed());
        password.addModifyListener(e -> changed());
        setControl(body);
        validate();
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            url.setFocus();
        }
    }

    public String gatewayName() {
        return name.getText().strip();
    }

    /** The URL as the gateway's normalised {@code scheme://host:port}; only call when the page is complete. */
    public String url() {
        return GatewayEndpoint.parse(url.getText()).toString();
    }

    public String user() {
        return user.getText().strip();
    }

    /** A copy of the typed password, which the caller clears; empty when none was typed. */
    public char[] password() {
        return password.getTextChars();
    }

    public boolean forgetCertificate() {
        return forgetCertificate != null && forgetCertificate.getSelection();
    }

    /** Shows a problem found on Finish, such as a refusal by secure storage. */
    public void showProblem(String problem) {
        setErrorMessage(problem);
    }

    boolean canTest() {
        return problemWith(url.getText()) == null && !user().isEmpty()
            && (editing != null || password.getCharCount() > 0);
    }

    private void urlChanged() {
        if (!nameEdited && problemWith(url.getText()) == null) {
            updatingName = true;
            name.setText(GatewayEndpoint.parse(url.getText()).host());
            updatingName = false;
        }
        changed();
    }

    private void changed() {
        touched = true;
        validate();
    }

    /** Shows a problem only once the user has typed something, as a new page should not open with an error. */
    private void validate() {
        String problem = problem();
        setErrorMessage(touched ? problem : null);
        setMessage(null);
        setPageComplete(problem == null);
        test.setEnabled(canTest());
    }

    private String problem() {
        String urlProblem = problemWith(url.getText());
        if (urlProblem != null) {
            return urlProblem;
        }
        if (gatewayName().isEmpty()) {
            return Messages.GatewayPage_nameMissing;
        }
        for (GatewayConnection other : connections.all()) {
            if (other != editing && other.name().equalsIgnoreCase(gatewayName())) {
                return NLS.bind(Messages.GatewayPage_nameTaken, other.name());
            }
        }
        if (user().isEmpty()) {
            return Messages.GatewayPage_userMissing;
        }
        return editing == null && password.getCharCount() == 0 ? Messages.GatewayPage_passwordMissing : null;
    }

    private static String problemWith(String urlText) {
        try {
            GatewayEndpoint.parse(urlText);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static Text field(Composite parent, String label, int style, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = WidgetIds.set(new Text(parent, style), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }
}
