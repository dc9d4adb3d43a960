package io.arrowhead.ui.internal.secrets;

import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.arrowhead.core.SecretPurpose;

/**
 * Asks for the master password of Equinox secure storage in Arrowhead's own words, in place of Eclipse's stock
 * prompt: it says why Arrowhead keeps passwords there, what the password is wanted for right now (from the
 * {@link SecretPurpose} of the asking thread), and after a wrong password asks again with an explanation instead of
 * Eclipse's "re-log" question. Declared in plugin.xml with a higher priority than the stock provider.
 * <p>
 * Equinox calls it on the thread that reads or writes secure storage, one password at a time; the dialog runs on the
 * UI thread through {@code syncExec}, so a job thread waits for the user, never the UI thread for a job.
 */
public final class ArrowheadPasswordProvider extends PasswordProvider {

    /** The module id Equinox records with each value this provider's password encrypts (the extension's id). */
    public static final String MODULE_ID = "io.arrowhead.ui.passwordprovider";

    private boolean lastPasswordWrong;
    /**
     * Storage files for which an existing password was given. Equinox keeps a password that unlocked, so being asked
     * for the same file again means the password was wrong, even when Equinox did not call {@link #retryOnError}
     * (it does not when a wrong password happens to decrypt to something that fails its check).
     */
    private final Set<String> answered = new HashSet<>();

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        Display display = displayForPrompts(container);
        if (display == null) {
            return null;
        }
        boolean newPassword = (passwordType & CREATE_NEW_PASSWORD) != 0;
        String location = location(container);
        boolean wrongBefore;
        synchronized (this) {
            wrongBefore = lastPasswordWrong || !newPassword && answered.contains(location);
            lastPasswordWrong = false;
        }
        MasterPasswordRequest request = new MasterPasswordRequest(newPassword, wrongBefore,
            SecretPurpose.current().orElse(null));
        char[] password = MasterPasswordDialog.ask(display, request);
        synchronized (this) {
            if (password == null || newPassword) {
                answered.remove(location);
            } else {
                answered.add(location);
            }
        }
        if (password == null) {
            return null;
        }
        try {
            return new PBEKeySpec(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A password that did not decrypt is asked for again, the next dialog saying what went wrong. */
    @Override
    public boolean retryOnError(Exception e, IPreferencesContainer container) {
        if (displayForPrompts(container) == null) {
            return false;
        }
        synchronized (this) {
            lastPasswordWrong = true;
        }
        return true;
    }

    private static String location(IPreferencesContainer container) {
        URL url = container == null ? null : container.getLocation();
        return url == null ? "" : Path.of(url.getPath()).toAbsolutePath().normalize().toString();
    }

    /** The display to ask on, or null when the storage's options forbid prompts or no workbench is up. */
    private static Display displayForPrompts(IPreferencesContainer container) {
        if (container != null && container.hasOption(IProviderHints.PROMPT_USER)
            && Boolean.FALSE.equals(container.getOption(IProviderHints.PROMPT_USER))) {
            return null;
        }
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        return display.isDisposed() ? null : display;
    }
}
