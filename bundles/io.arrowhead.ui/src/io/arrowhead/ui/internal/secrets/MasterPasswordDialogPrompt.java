package io.arrowhead.ui.internal.secrets;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.MasterPasswordPrompt;
import io.arrowhead.core.MasterPasswordRequest;

/**
 * Asks for the master password of secure storage with {@link MasterPasswordDialog}, in Arrowhead's own words instead
 * of Eclipse's stock prompt. The core's password provider calls it on the thread that reads or writes secure
 * storage; the dialog runs on the UI thread through {@code syncExec}, so a job thread waits for the user, never the
 * UI thread for a job. Nobody is asked while the workbench is not running.
 */
public final class MasterPasswordDialogPrompt implements MasterPasswordPrompt {

    private MasterPasswordDialogPrompt() {
    }

    /** Registers the dialog as the core's master-password prompt; the workbench calls it as it starts. */
    public static void install() {
        ArrowheadCore.setMasterPasswordPrompt(new MasterPasswordDialogPrompt());
    }

    /** Takes the dialog back, as the workbench shuts down. */
    public static void uninstall() {
        ArrowheadCore.setMasterPasswordPrompt(null);
    }

    @Override
    public char[] ask(MasterPasswordRequest request) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        return display.isDisposed() ? null : MasterPasswordDialog.ask(display, request);
    }
}
