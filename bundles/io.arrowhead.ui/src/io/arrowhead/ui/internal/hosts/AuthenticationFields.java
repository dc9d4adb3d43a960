package io.arrowhead.ui.internal.hosts;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.AccessibleNames;

/**
 * How the {@link DockerHostPage} logs in: a key file (with Browse… and its passphrase), the SSH agent, or a password.
 * The passphrase and password are only read as arrays for secure storage; when editing, an empty one keeps the saved
 * secret.
 */
final class AuthenticationFields {

    private final Button keyFile;
    private final Text keyPath;
    private final Button browse;
    private final Text passphrase;
    private final Button agent;
    private final Button password;
    private final Text passwordText;
    private final boolean editing;

    /** @param initial the saved way to log in, or null for a new host (a key file) */
    AuthenticationFields(Composite parent, HostAuthentication initial, boolean editing, Runnable onChange) {
        this.editing = editing;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.DockerHostPage_authentication);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 8).applyTo(group);
        keyFile = radio(group, Messages.DockerHostPage_keyFile, "host.auth.keyFile");
        keyPath = WidgetIds.set(new Text(group, SWT.BORDER), "host.keyFile");
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(keyPath);
        // the radio button is the field's label
        AccessibleNames.name(keyPath, () -> LegacyActionTools.removeMnemonics(keyFile.getText()));
        browse = WidgetIds.set(new Button(group, SWT.PUSH), "host.browse");
        browse.setText(Messages.DockerHostPage_browse);
        browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> chooseKeyFile()));
        passphrase = secretField(group, Messages.DockerHostPage_passphrase, "host.passphrase");
        agent = radio(group, Messages.DockerHostPage_agent, "host.auth.agent");
        GridDataFactory.swtDefaults().span(3, 1).applyTo(agent);
        password = radio(group, Messages.DockerHostPage_password, "host.auth.password");
        GridDataFactory.swtDefaults().span(3, 1).applyTo(password);
        passwordText = secretField(group, Messages.DockerHostPage_passwordField, "host.password");
        switch (initial) {
            case null -> keyFile.setSelection(true);
            case HostAuthentication.KeyFile file -> {
                keyFile.setSelection(true);
                keyPath.setText(file.privateKey().toString());
            }
            case HostAuthentication.Agent a -> agent.setSelection(true);
            case HostAuthentication.Password p -> password.setSelection(true);
        }
        if (editing) {
            passphrase.setMessage(Messages.DockerHostPage_keepSecret);
            passwordText.setMessage(Messages.DockerHostPage_keepSecret);
        }
        for (Button choice : new Button[] {keyFile, agent, password}) {
            choice.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> {
                enableFields();
                onChange.run();
            }));
        }
        for (Text text : new Text[] {keyPath, passphrase, passwordText}) {
            text.addModifyListener(e -> onChange.run());
        }
        enableFields();
    }

    /** The authentication chosen; only call when {@link #problem()} is null. */
    HostAuthentication authentication() {
        if (keyFile.getSelection()) {
            return new HostAuthentication.KeyFile(Path.of(keyPath.getText().strip()));
        }
        return agent.getSelection() ? new HostAuthentication.Agent() : new HostAuthentication.Password();
    }

    /** A copy of the typed passphrase or password for the caller to wipe; null when none was typed or none applies. */
    char[] secret() {
        Text field = keyFile.getSelection() ? passphrase : password.getSelection() ? passwordText : null;
        return field == null || field.getCharCount() == 0 ? null : field.getTextChars();
    }

    String problem() {
        if (keyFile.getSelection()) {
            String path = keyPath.getText().strip();
            if (path.isEmpty()) {
                return Messages.DockerHostPage_keyFileMissing;
            }
            // a key file is a few hundred bytes on a local disk; the SSH layer reads it again when connecting
            return Files.isReadable(Path.of(path)) ? null : NLS.bind(Messages.DockerHostPage_keyFileUnreadable, path);
        }
        return password.getSelection() && !editing && passwordText.getCharCount() == 0
            ? Messages.DockerHostPage_passwordMissing : null;
    }

    private void chooseKeyFile() {
        FileDialog dialog = new FileDialog(keyPath.getShell(), SWT.OPEN);
        dialog.setText(Messages.DockerHostPage_chooseKeyFile);
        dialog.setFilterPath(Path.of(System.getProperty("user.home"), ".ssh").toString());
        String chosen = dialog.open();
        if (chosen != null) {
            keyPath.setText(chosen);
        }
    }

    private void enableFields() {
        boolean key = keyFile.getSelection();
        keyPath.setEnabled(key);
        browse.setEnabled(key);
        passphrase.setEnabled(key);
        passwordText.setEnabled(password.getSelection());
    }

    private static Button radio(Composite parent, String text, String id) {
        Button button = WidgetIds.set(new Button(parent, SWT.RADIO), id);
        button.setText(text);
        return button;
    }

    private static Text secretField(Composite parent, String labelText, String id) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(labelText);
        GridDataFactory.swtDefaults().indent(20, 0).applyTo(label);
        Text text = WidgetIds.set(new Text(parent, SWT.BORDER | SWT.PASSWORD), id);
        AccessibleNames.labelledBy(text, label);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
        return text;
    }
}
