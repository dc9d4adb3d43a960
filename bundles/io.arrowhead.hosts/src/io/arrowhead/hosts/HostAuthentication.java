package io.arrowhead.hosts;

import java.nio.file.Path;
import java.util.Objects;

/** How to log in to a host. Secrets (passphrase, password) never live here: {@link HostSecrets} supplies them. */
public sealed interface HostAuthentication {

    /** A private key file in OpenSSH or PEM format; its passphrase (if any) comes from {@link HostSecrets}. */
    record KeyFile(Path privateKey) implements HostAuthentication {
        public KeyFile {
            Objects.requireNonNull(privateKey, "privateKey");
        }
    }

    /** The identities of the running SSH agent ({@code SSH_AUTH_SOCK}). */
    record Agent() implements HostAuthentication {
    }

    /** A password from {@link HostSecrets}. */
    record Password() implements HostAuthentication {
    }
}
