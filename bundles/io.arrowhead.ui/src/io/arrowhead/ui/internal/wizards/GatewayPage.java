package io.arrowhead.ui.internal.wizards;

import org.eclipse.jface.dialogs.IMessageProvider;
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
import io.arrowhead.ui.internal.AccessibleNames;
import io.arrowhead.ui.internal.TestOutcome;

/**
 * The address and login of a gateway, for adding one or for editing one. Until the user edits the name, it follows
 * the host of the URL. When editing, an empty password keeps the saved one. A new gateway can be finished only
 * after a connection test of the current address and login passed, or when the user chooses to save it untested.
 * The outcome of a test shows whole in the page, as the title area has room for one line only.
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
    private TestOutcome outcome;
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
        // only a new gateway must pass a test; an edited one has connected before
        outcome = new TestOutcome(body, new TestOutcome.Look("gateway", Messages.GatewayPage_saveUntested,
            Messages.GatewayPage_testOutcome, 320, 4), editing == null, this::validate);
        url.addModifyListener(e -> urlChanged());
        name.addModifyListener(e -> {
            nameEdited |= !updatingName;
            changed();
        });
        user.addModifyListener(e -> loginChanged());
        password.addModifyListener(e -> loginChanged());
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

    /** Shows a problem found on Finish, such as a refusal by secure storage, whole in the page. */
    public void showProblem(String problem) {
        setErrorMessage(Messages.GatewayPage_notSaved);
        outcome.show(problem);
    }

    /** Shows a passed test; Finish is enabled until the address or login changes. */
    void testPassed(String description) {
        outcome.passed(description);
        validate();
        setMessage(description, IMessageProvider.INFORMATION);
    }

    /** Shows a failed or cancelled test: a short note in the title area, the whole reason in the page. */
    void testFailed(String summary, String reason, int severity) {
        outcome.failed(reason);
        validate();
        setMessage(summary, severity);
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
        loginChanged();
    }

    /** A test of other values says nothing about these. */
    private void loginChanged() {
        outcome.invalidate();
        changed();
    }

    private void changed() {
        touched = true;
        validate();
    }

    /** Shows a problem only once the user has typed something, as a new page should not open with an error. */
    private void validate() {
        String problem = problem();
        boolean tested = outcome.allowsFinish();
        setErrorMessage(touched ? problem : null);
        setMessage(touched && problem == null && !tested ? Messages.GatewayPage_testFirst : null);
        setPageComplete(problem == null && tested);
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

    private static Text field(Composite parent, String labelText, int style, String id) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(labelText);
        Text text = WidgetIds.set(new Text(parent, style), id);
        AccessibleNames.labelledBy(text, label);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }
}
