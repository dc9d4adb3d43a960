package io.arrowhead.hosts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a Docker host is and how to log in to it.
 *
 * @param address DNS name or IPv4/IPv6 literal (IPv6 without brackets)
 * @param port SSH port, 1..65535
 * @param user POSIX login name
 * @param authentication key file, SSH agent or password
 * @param sudo whether commands run through {@code sudo -n} (passwordless sudo on the host)
 */
public record HostDefinition(String address, int port, String user, HostAuthentication authentication,
        boolean sudo) {

    private static final Pattern DNS_NAME =
        Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}");

    public HostDefinition {
        if (address == null || !isAddress(address)) {
            throw new IllegalArgumentException("'" + address + "' is not a host name or IP address.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The SSH port must be between 1 and 65535, not " + port + ".");
        }
        if (user == null || !USER.matcher(user).matches()) {
            throw new IllegalArgumentException("'" + user + "' is not a valid user name on a Linux host.");
        }
        Objects.requireNonNull(authentication, "authentication");
    }

    /** Port 22 with the given authentication and no sudo. */
    public static HostDefinition of(String address, String user, HostAuthentication authentication) {
        return new HostDefinition(address, 22, user, authentication, false);
    }

    /** For messages: {@code user@address:port}. */
    public String displayName() {
        return user + "@" + address + ":" + port;
    }

    /** Identifies the SSH endpoint (known hosts, scheduling rules): {@code address:port}. */
    public String key() {
        return address + ":" + port;
    }

    private static boolean isAddress(String address) {
        if (address.indexOf(':') < 0) {
            return DNS_NAME.matcher(address).matches();
        }
        if (!IPV6_CHARS.matcher(address).matches()) {
            return false;
        }
        try {
            // A literal with colons is parsed, never looked up.
            InetAddress.getByName(address);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
