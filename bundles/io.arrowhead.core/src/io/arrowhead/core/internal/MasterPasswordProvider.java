package io.arrowhead.core.internal;

import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

import io.arrowhead.core.MasterPasswordPrompt;
import io.arrowhead.core.MasterPasswordRequest;
import io.arrowhead.core.SecretPurpose;

/**
 * The master password of Equinox secure storage, asked through the {@link MasterPasswordPrompt} registered with
 * {@code ArrowheadCore}, which tells the user what the password is wanted for (the {@link SecretPurpose} of the
 * asking thread) and, after a wrong password, asks again saying so. Declared in this bundle's plugin.xml with a
 * higher priority than Eclipse's stock prompt, so that the console and a command line without any UI bundle encrypt
 * and decrypt through the same module. Without a registered prompt it gives no password, and Equinox fails the
 * access that needed one.
 * <p>
 * Equinox calls it on the thread that reads or writes secure storage, one password at a time.
 */
public final class MasterPasswordProvider extends PasswordProvider {

    /**
     * The module id Equinox records with each value this provider's password encrypts: this bundle's symbolic name
     * and the extension's id.
     */
    public static final String MODULE_ID = "io.arrowhead.core.masterPassword";

    private static volatile MasterPasswordPrompt prompt;

    private boolean lastPasswordWrong;
    /**
     * Storage files for which an existing password was given. Equinox keeps a password that unlocked, so being asked
     * for the same file again means the password was wrong, even when Equinox did not call {@link #retryOnError}
     * (it does not when a wrong password happens to decrypt to something that fails its check).
     */
    private final Set<String> answered = new HashSet<>();

    /** Asks through the prompt from now on, or through nobody when it is null. */
    public static void usePrompt(MasterPasswordPrompt promptOrNull) {
        prompt = promptOrNull;
    }

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        MasterPasswordPrompt asker = promptFor(container);
        if (asker == null) {
            return null;
        }
        boolean newPassword = (passwordType & CREATE_NEW_PASSWORD) != 0;
        String location = location(container);
        boolean wrongBefore;
        synchronized (this) {
            wrongBefore = lastPasswordWrong || !newPassword && answered.contains(location);
            lastPasswordWrong = false;
        }
        char[] password = asker.ask(new MasterPasswordRequest(newPassword, wrongBefore,
            SecretPurpose.current().orElse(null)));
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

    /** A password that did not decrypt is asked for again, the next request saying it was wrong. */
    @Override
    public boolean retryOnError(Exception e, IPreferencesContainer container) {
        if (promptFor(container) == null) {
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

    /** The prompt to ask, or null when the storage's options forbid prompts or none is registered. */
    private static MasterPasswordPrompt promptFor(IPreferencesContainer container) {
        if (container != null && container.hasOption(IProviderHints.PROMPT_USER)
            && Boolean.FALSE.equals(container.getOption(IProviderHints.PROMPT_USER))) {
            return null;
        }
        return prompt;
    }
}
