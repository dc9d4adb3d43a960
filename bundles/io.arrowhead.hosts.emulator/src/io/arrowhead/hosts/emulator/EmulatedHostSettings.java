package io.arrowhead.hosts.emulator;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Objects;

/**
 * How to start one {@link EmulatedDockerHost}.
 *
 * @param name          the host's name, also the name of its SDC at the gateway
 * @param user          the only user that may log in
 * @param authorizedKey the public key that user may log in with; null for password only
 * @param password      the password that user may log in with; null for key only; copied
 * @param hostKeyFile   where the SSH host key is kept (created if missing) so that it stays the same across starts;
 *                      the SDC GUID is kept next to it in {@code <hostKeyFile>.guid}
 * @param port          the port to listen on at 127.0.0.1; 0 picks a free one
 */
public record EmulatedHostSettings(String name, String user, PublicKey authorizedKey, char[] password,
        Path hostKeyFile, int port) {

    public EmulatedHostSettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An emulated host needs a name.");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("The emulated host " + name + " needs a user.");
        }
        if (authorizedKey == null && (password == null || password.length == 0)) {
            throw new IllegalArgumentException(
                    "The emulated host " + name + " needs an authorized key or a password, or nobody can log in.");
        }
        Objects.requireNonNull(hostKeyFile, "hostKeyFile");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The port " + port + " of the emulated host " + name + " is out of range.");
        }
        password = password == null ? null : password.clone();
    }

    /** Where the SDC GUID of this host is kept. */
    public Path guidFile() {
        return hostKeyFile.resolveSibling(hostKeyFile.getFileName() + ".guid");
    }
}
