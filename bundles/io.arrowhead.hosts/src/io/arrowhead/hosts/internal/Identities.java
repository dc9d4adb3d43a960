package io.arrowhead.hosts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

import io.arrowhead.hosts.HostAuthenticationException;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostSecrets;

/** Turns a host's authentication settings plus its secret into what MINA needs; secrets are wiped after use. */
public final class Identities {

    private Identities() {
    }

    /** Reads the key file before any connection is made, so a wrong passphrase is reported as such. */
    public static List<KeyPair> loadKeyFile(HostDefinition host, Path file, HostSecrets secrets)
            throws HostAuthenticationException {
        if (!Files.isReadable(file)) {
            throw new HostAuthenticationException("The key file " + file + " for " + host.displayName()
                + " does not exist or cannot be read.");
        }
        boolean[] encrypted = {false};
        FilePasswordProvider passphrase = (session, resource, retry) -> {
            encrypted[0] = true;
            return secretText(host, secrets); // null makes MINA fail the decryption, reported below
        };
        List<KeyPair> keys = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> loaded =
                SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()), in, passphrase);
            if (loaded != null) {
                loaded.forEach(keys::add);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            String what = "The key file " + file + " for " + host.displayName();
            throw new HostAuthenticationException(encrypted[0]
                ? what + " is encrypted and the passphrase is wrong or missing."
                : what + " could not be read: " + Login.describe(e), e);
        }
        if (keys.isEmpty()) {
            throw new HostAuthenticationException("The file " + file + " for " + host.displayName()
                + " holds no private key.");
        }
        return keys;
    }

    /** The password, or an exception saying none is stored. */
    public static String password(HostDefinition host, HostSecrets secrets) throws HostAuthenticationException {
        String password = secretText(host, secrets);
        if (password == null) {
            throw new HostAuthenticationException("No password is stored for " + host.displayName() + ".");
        }
        return password;
    }

    private static String secretText(HostDefinition host, HostSecrets secrets) throws HostAuthenticationException {
        char[] secret;
        try {
            secret = secrets.secretFor(host);
        } catch (IOException e) {
            throw new HostAuthenticationException("The secret for " + host.displayName() + " could not be read: "
                + e.getMessage(), e);
        }
        if (secret == null) {
            return null;
        }
        // MINA takes strings; the caller's array at least does not linger.
        String text = new String(secret);
        Arrays.fill(secret, '\0');
        return text;
    }
}
