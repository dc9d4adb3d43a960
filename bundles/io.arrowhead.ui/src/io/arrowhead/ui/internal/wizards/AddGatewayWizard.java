package io.arrowhead.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;
import java.util.Arrays;

import org.eclipse.jface.wizard.Wizard;

import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.SecretStoreException;

/** Adds a REST Gateway: saves its settings and password, then connects to it in the background. */
public final class AddGatewayWizard extends Wizard {

    public static final String TITLE = Messages.AddGatewayWizard_title;

    private final GatewayConnections connections;
    private GatewayPage page;
    private GatewayConnection added;

    public AddGatewayWizard(GatewayConnections connections) {
        this.connections = connections;
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new GatewayPage(connections, null);
        addPage(page);
    }

    /** The gateway added on Finish, or {@code null}. */
    public GatewayConnection added() {
        return added;
    }

    @Override
    public boolean performFinish() {
        char[] password = page.password();
        try {
            ConnectionSettings settings = ConnectionSettings.create(page.gatewayName(), page.url(), page.user());
            added = connections.add(settings, password);
        } catch (SecretStoreException e) {
            page.showProblem(NLS.bind(Messages.AddGatewayWizard_passwordNotSaved, e.getMessage()));
            return false;
        } catch (IllegalArgumentException e) {
            page.showProblem(e.getMessage());
            return false;
        } finally {
            Arrays.fill(password, '\0');
        }
        connections.connect(added);
        return true;
    }
}
