package io.arrowhead.ui.internal.secrets;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.MasterPasswordRequest;
import io.arrowhead.ui.WidgetIds;

/**
 * The master-password prompt of {@link MasterPasswordDialogPrompt}: why Arrowhead uses secure storage, what for right
 * now, and a password field (with a confirmation field for a new password). OK stays disabled until the password can
 * be used; Cancel leaves secure storage locked.
 */
final class MasterPasswordDialog extends Dialog {

    static final String TITLE = Messages.MasterPasswordDialog_title;

    private final MasterPasswordRequest request;
    private Text password;
    private Text confirmation;
    private Label problem;
    private char[] answer;

    MasterPasswordDialog(Shell parent, MasterPasswordRequest request) {
        super(parent);
        this.request = request;
    }

    /** Asks on the UI thread and waits; null when the user cancelled or the display is gone. */
    static char[] ask(Display display, MasterPasswordRequest request) {
        AtomicReference<char[]> result = new AtomicReference<>();
        try {
            display.syncExec(() -> {
                MasterPasswordDialog dialog = new MasterPasswordDialog(parentShell(display), request);
                if (dialog.open() == OK) {
                    result.set(dialog.answer);
                }
            });
        } catch (SWTException e) {
            if (!display.isDisposed()) {
                throw e;
            }
        }
        return result.get();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(area);
        message(area, Messages.MasterPasswordDialog_explanation, "masterPassword.explanation");
        message(area, MasterPasswordTexts.purpose(request), "masterPassword.purpose");
        message(area, MasterPasswordTexts.instruction(request), "masterPassword.instruction");
        password = passwordField(area, Messages.MasterPasswordDialog_password, "masterPassword.password");
        if (request.newPassword()) {
            confirmation = passwordField(area, Messages.MasterPasswordDialog_confirm, "masterPassword.confirmation");
        }
        problem = message(area, "", "masterPassword.problem");
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    @Override
    protected void okPressed() {
        answer = password.getTextChars();
        super.okPressed();
    }

    /** Enables OK for a usable password and says what is wrong once there is something to compare. */
    private void validate() {
        char[] typed = password.getTextChars();
        char[] repeated = confirmation == null ? typed : confirmation.getTextChars();
        try {
            boolean mismatch = confirmation != null && repeated.length > 0 && !Arrays.equals(typed, repeated);
            problem.setText(mismatch ? Messages.MasterPasswordDialog_mismatch
                : typed.length == 0 && repeated.length > 0 ? Messages.MasterPasswordDialog_empty : "");
            if (getButton(IDialogConstants.OK_ID) != null) {
                getButton(IDialogConstants.OK_ID).setEnabled(typed.length > 0 && Arrays.equals(typed, repeated));
            }
        } finally {
            Arrays.fill(typed, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    private Label message(Composite area, String text, String id) {
        Label label = WidgetIds.set(new Label(area, SWT.WRAP), id);
        label.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false)
            .hint(convertHorizontalDLUsToPixels(300), SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** A password field after its label, whose text (without the mnemonic) is also the field's accessible name. */
    private Text passwordField(Composite area, String labelText, String id) {
        Label label = new Label(area, SWT.NONE);
        label.setText(labelText);
        Text field = WidgetIds.set(new Text(area, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD), id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
        String name = labelText.replace("&", "").replaceAll(":$", "");
        field.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = name;
            }
        });
        field.addModifyListener(e -> validate());
        return field;
    }

    private static Shell parentShell(Display display) {
        Shell active = display.getActiveShell();
        if (active != null) {
            return active;
        }
        return Arrays.stream(display.getShells()).filter(Shell::isVisible).findFirst().orElse(null);
    }
}
