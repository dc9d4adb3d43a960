package io.arrowhead.hosts;

import java.io.IOException;

/**
 * Supplies the secret a host definition needs: the key file's passphrase ({@code null} = not encrypted) or the
 * password. The returned array is wiped after use, so return a copy.
 */
@FunctionalInterface
public interface HostSecrets {

    char[] secretFor(HostDefinition host) throws IOException;

    /** For hosts that need no secret. */
    static HostSecrets none() {
        return host -> null;
    }
}
