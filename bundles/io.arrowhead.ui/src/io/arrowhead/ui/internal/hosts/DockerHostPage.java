package io.arrowhead.ui.internal.hosts;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.AccessibleNames;
import io.arrowhead.ui.internal.TestOutcome;

/**
 * Where a Docker host is and how to log in to it, for adding or editing one. Until the user edits the name, it
 * follows the address. A new host can be finished only after a connection test of the current values passed, or when
 * the user chooses to save it untested; the test's findings or its whole failure show in the page.
 */
public final class DockerHostPage extends WizardPage {

    private final DockerHosts hosts;
    private final ManagedHost editing;
    private Text name;
    private Text address;
    private Text port;
    private Text user;
    private AuthenticationFields authentication;
    private Button sudo;
    private Button test;
    private Button forgetKey;
    private TestOutcome outcome;
    private boolean nameEdited;
    private boolean updatingName;
    private boolean touched;

    /** @param editing the host to edit, or {@code null} to add one */
    public DockerHostPage(DockerHosts hosts, ManagedHost editing) {
        super("dockerHost");
        this.hosts = hosts;
        this.editing = editing;
        setTitle(editing == null ? Messages.DockerHostWizard_addTitle : Messages.DockerHostWizard_editTitle);
        setDescription(editing == null ? Messages.DockerHostPage_addDescription
            : Messages.DockerHostPage_editDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        address = field(body, Messages.DockerHostPage_address, "host.address");
        address.setMessage("docker-01.example.com");
        name = field(body, Messages.DockerHostPage_name, "host.name");
        port = field(body, Messages.DockerHostPage_port, "host.port");
        user = field(body, Messages.DockerHostPage_user, "host.user");
        HostDefinition initial = editing == null ? null : editing.definition();
        authentication = new AuthenticationFields(body, initial == null ? null : initial.authentication(),
            editing != null, this::loginChanged);
        sudo = WidgetIds.set(new Button(body, SWT.CHECK), "host.sudo");
        sudo.setText(Messages.DockerHostPage_sudo);
        GridDataFactory.swtDefaults().span(2, 1).indent(0, 4).applyTo(sudo);
        port.setText(initial == null ? "22" : Integer.toString(initial.port()));
        if (initial != null) {
            address.setText(initial.address());
            name.setText(editing.name());
            user.setText(initial.user());
            sudo.setSelection(initial.sudo());
            nameEdited = true;
        }
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).applyTo(buttons);
        GridDataFactory.swtDefaults().span(2, 1).align(SWT.END, SWT.CENTER).indent(0, 8).applyTo(buttons);
        forgetKey = WidgetIds.set(new Button(buttons, SWT.PUSH), "host.forgetKey");
        forgetKey.setText(Messages.DockerHostPage_forgetKey);
        forgetKey.setEnabled(false);
        forgetKey.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> forgetHostKey()));
        test = WidgetIds.set(new Button(buttons, SWT.PUSH), "host.test");
        test.setText(Messages.DockerHostPage_test);
        test.setToolTipText(Messages.DockerHostPage_testTooltip);
        HostProbeTest tester = new HostProbeTest(this, hosts, editing);
        test.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> tester.run()));
        // only a new host must pass a test; an edited one was saved before
        outcome = new TestOutcome(body, new TestOutcome.Look("host", Messages.DockerHostPage_saveUntested,
            Messages.DockerHostPage_testOutcome, 360, 7), editing == null, this::validate);
        address.addModifyListener(e -> addressChanged());
        name.addModifyListener(e -> {
            nameEdited |= !updatingName;
            changed();
        });
        port.addModifyListener(e -> loginChanged());
        user.addModifyListener(e -> loginChanged());
        sudo.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> loginChanged()));
        setControl(body);
        validate();
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            address.setFocus();
        }
    }

    public String hostName() {
        return name.getText().strip();
    }

    /** The host as the page describes it; only call when {@link #problem()} is null. */
    public HostDefinition definition() {
        return new HostDefinition(address.getText().strip(), Integer.parseInt(port.getText().strip()),
            user.getText().strip(), authentication.authentication(), sudo.getSelection());
    }

    /** A copy of the typed password or passphrase for the caller to wipe; null when none was typed. */
    public char[] secret() {
        return authentication.secret();
    }

    /** Shows a problem found on Finish, such as a refusal by secure storage, whole in the page. */
    public void showProblem(String problem) {
        setErrorMessage(Messages.DockerHostPage_notSaved);
        outcome.show(problem);
    }

    void testPassed(String description) {
        forgetKey.setEnabled(false);
        outcome.passed(description);
        validate();
        setMessage(description.lines().findFirst().orElse(description), IMessageProvider.INFORMATION);
    }

    /** A short note in the title area, the whole reason in the page; a changed key offers to forget the old one. */
    void testFailed(String summary, String reason, boolean keyChanged) {
        forgetKey.setEnabled(keyChanged);
        outcome.failed(reason);
        validate();
        setMessage(summary, IMessageProvider.ERROR);
    }

    /** What keeps the values from making a host, or null. */
    String problem() {
        String problem = HostFieldsCheck.problem(hostName(), address.getText().strip(), port.getText().strip(),
            user.getText().strip(), hosts, editing);
        return problem != null ? problem : authentication.problem();
    }

    private void forgetHostKey() {
        if (problem() == null && new ForgetHostKey(getShell().getDisplay()).inWizard(getContainer(), definition(),
            hostName())) {
            forgetKey.setEnabled(false);
            outcome.invalidate();
            validate();
        }
    }

    private void addressChanged() {
        if (!nameEdited) {
            updatingName = true;
            name.setText(address.getText().strip());
            updatingName = false;
        }
        loginChanged();
    }

    /** A test of other values says nothing about these. */
    private void loginChanged() {
        if (outcome == null) {
            return; // still building the page
        }
        forgetKey.setEnabled(false);
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
        setMessage(touched && problem == null && !tested ? Messages.DockerHostPage_testFirst : null);
        setPageComplete(problem == null && tested);
        test.setEnabled(problem == null);
    }

    private static Text field(Composite parent, String labelText, String id) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(labelText);
        Text text = WidgetIds.set(new Text(parent, SWT.BORDER), id);
        AccessibleNames.labelledBy(text, label);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }
}
