package io.arrowhead.cli.internal.commands;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostKeyRejectedException;

/** What the host commands read from the user: hosts by name, and what a refused key means. */
final class CommandInputs {

    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/=]+");

    private CommandInputs() {
    }

    /** The configured Docker host of this name (any case), or exit 3 listing the hosts there are. */
    static ManagedHost host(CliSession session, String name) {
        List<ManagedHost> all = session.hosts().all();
        return session.hosts().findByName(name.strip()).orElseThrow(() -> CliException.notFound(
            "No Docker host is named " + name + "." + (all.isEmpty() ? " Add one with: arrowhead-cli host add NAME "
                + "--address ADDRESS --user USER --key-file FILE"
                : " Configured: " + all.stream().map(ManagedHost::name).collect(Collectors.joining(", ")) + ".")));
    }

    /**
     * An unknown host key that was refused, as exit 5 with the fingerprint to pin once it is checked. The core's
     * message names the fingerprint; the command line adds how to trust it.
     */
    static CliException untrusted(HostKeyRejectedException refused) {
        Matcher fingerprint = FINGERPRINT.matcher(String.valueOf(refused.getMessage()));
        String hint = fingerprint.find() ? " Check the fingerprint with the host's administrator (ssh-keygen -lf "
            + "/etc/ssh/ssh_host_*_key.pub on the host), then run the command again with --trust-fingerprint "
            + fingerprint.group() : "";
        return new CliException(ExitCodes.TRUST_OR_LOGIN, refused.getMessage() + hint, refused);
    }
}
