package io.arrowhead.ui.internal.hosts;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostAuthentication;
import io.arrowhead.hosts.HostDefinition;

/** What keeps the {@link DockerHostPage}'s name, address, port and user from making a host, as one sentence. */
final class HostFieldsCheck {

    private HostFieldsCheck() {
    }

    /** @return the first problem, or null; {@code editing} is the host being edited, whose own name is no clash */
    static String problem(String name, String address, String port, String user, DockerHosts hosts,
        ManagedHost editing) {
        if (address.isEmpty()) {
            return Messages.DockerHostPage_addressMissing;
        }
        if (name.isEmpty()) {
            return Messages.DockerHostPage_nameMissing;
        }
        for (ManagedHost other : hosts.all()) {
            if (other != editing && other.name().equalsIgnoreCase(name)) {
                return NLS.bind(Messages.DockerHostPage_nameTaken, other.name());
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            return Messages.DockerHostPage_portInvalid;
        }
        if (portNumber < 1 || portNumber > 65535) {
            return Messages.DockerHostPage_portInvalid;
        }
        if (user.isEmpty()) {
            return Messages.DockerHostPage_userMissing;
        }
        try {
            // the host layer's own rules for addresses and user names
            new HostDefinition(address, portNumber, user, new HostAuthentication.Agent(), false);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
