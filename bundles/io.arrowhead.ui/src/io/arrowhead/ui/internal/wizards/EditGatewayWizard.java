package io.arrowhead.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;
import java.util.Arrays;

import org.eclipse.jface.wizard.Wizard;

import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.SecretStoreException;

/**
 * Changes a saved gateway's name, address, user and (if typed) password. The core reconnects a connected gateway
 * with the new settings. Forgetting the pinned certificate makes the next connection ask about it again.
 */
public final class EditGatewayWizard extends Wizard {

    public static final String TITLE = Messages.EditGatewayWizard_title;

    private final GatewayConnections connections;
    private final GatewayConnection connection;
    private GatewayPage page;

    public EditGatewayWizard(GatewayConnections connections, GatewayConnection connection) {
        this.connections = connections;
        this.connection = connection;
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new GatewayPage(connections, connection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        char[] password = page.password();
        try {
            ConnectionSettings settings = connection.settings().withValues(page.gatewayName(), page.url(),
                page.user());
            if (page.forgetCertificate()) {
                // Both addresses: the pin may belong to the old one, and the new one must be reviewed afresh.
                connections.forgetCertificate(connection.settings().endpoint());
                connections.forgetCertificate(settings.endpoint());
            }
            connections.update(connection, settings, password.length == 0 ? null : password);
            return true;
        } catch (SecretStoreException e) {
            page.showProblem(NLS.bind(Messages.EditGatewayWizard_refused, e.getMessage()));
            return false;
        } catch (IllegalArgumentException e) {
            page.showProblem(e.getMessage());
            return false;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
