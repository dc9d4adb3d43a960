package io.arrowhead.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.GatewayErrors;
import io.arrowhead.core.SecretStoreException;
import io.arrowhead.scaleio.client.GatewayClientException;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;

/**
 * "Test Connection" of the {@link GatewayPage}: logs in with the page's values in the wizard's own progress area,
 * off the UI thread, and reports the outcome to the page, which enables Finish on success. An unknown certificate is
 * put to the user on the way by the installed trust callback.
 */
final class ConnectionTest {

    private final GatewayPage page;
    private final GatewayConnections connections;
    private final GatewayConnection editing;

    ConnectionTest(GatewayPage page, GatewayConnections connections, GatewayConnection editing) {
        this.page = page;
        this.connections = connections;
        this.editing = editing;
    }

    void run() {
        if (!page.canTest()) {
            return;
        }
        String url = page.url();
        String user = page.user();
        char[] typed = page.password();
        AtomicReference<ScaleIoSystem> system = new AtomicReference<>();
        try {
            page.getWizard().getContainer().run(true, true,
                monitor -> system.set(probe(url, user, typed, monitor)));
            page.testPassed(describe(system.get()));
        } catch (InvocationTargetException e) {
            page.testFailed(Messages.ConnectionTest_failed, GatewayErrors.describe(e.getCause()),
                IMessageProvider.ERROR);
        } catch (InterruptedException e) {
            page.testFailed(Messages.ConnectionTest_cancelled, Messages.ConnectionTest_cancelled,
                IMessageProvider.WARNING);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private ScaleIoSystem probe(String url, String user, char[] typed, IProgressMonitor monitor)
        throws InvocationTargetException, InterruptedException {
        char[] saved = null;
        try {
            if (typed.length == 0 && editing != null) {
                saved = connections.secrets().password(editing.id()).orElse(new char[0]);
            }
            ScaleIoSystem system = connections.probe(url, user, saved != null ? saved : typed, monitor);
            if (monitor.isCanceled()) {
                throw new InterruptedException();
            }
            return system;
        } catch (GatewayClientException | SecretStoreException | RuntimeException e) {
            throw new InvocationTargetException(e);
        } finally {
            if (saved != null) {
                Arrays.fill(saved, '\0');
            }
        }
    }

    private static String describe(ScaleIoSystem system) {
        String name = system.name() != null && !system.name().isBlank() ? system.name() : system.id();
        String version = system.systemVersionName();
        return version == null || version.isBlank() ? NLS.bind(Messages.ConnectionTest_connected, name)
            : NLS.bind(Messages.ConnectionTest_connectedVersion, name, version);
    }
}
