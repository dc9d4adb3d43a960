package io.arrowhead.ui.internal.hosts;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostException;
import io.arrowhead.hosts.HostProbe;
import io.arrowhead.hosts.HostSession;

/**
 * "Test Connection" of the {@link DockerHostPage}: logs in with the page's values off the UI thread, in the wizard's
 * progress area, and probes what the host runs. An unknown host key is put to the user on the way by the installed
 * host key callback. The outcome goes to the page, which enables Finish on success.
 */
final class HostProbeTest {

    private final DockerHostPage page;
    private final DockerHosts hosts;
    private final ManagedHost editing;

    HostProbeTest(DockerHostPage page, DockerHosts hosts, ManagedHost editing) {
        this.page = page;
        this.hosts = hosts;
        this.editing = editing;
    }

    void run() {
        if (page.problem() != null) {
            return;
        }
        HostDefinition definition = page.definition();
        char[] typed = page.secret();
        AtomicReference<String> description = new AtomicReference<>();
        try {
            page.getWizard().getContainer().run(true, false, monitor -> {
                monitor.beginTask(NLS.bind(Messages.HostProbeTest_task, definition.displayName()),
                    org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                description.set(probe(definition, typed));
            });
            page.testPassed(description.get());
        } catch (InvocationTargetException e) {
            page.testFailed(Messages.HostProbeTest_failed, HostErrors.describe(definition, e.getCause()),
                HostErrors.isKeyChange(e.getCause()));
        } catch (InterruptedException e) {
            page.testFailed(Messages.HostProbeTest_cancelled, Messages.HostProbeTest_cancelled, false);
        } finally {
            if (typed != null) {
                Arrays.fill(typed, '\0');
            }
        }
    }

    private String probe(HostDefinition definition, char[] typed) throws InvocationTargetException {
        try (HostSession session = hosts.openUnsaved(definition, typed, typed == null ? editing : null)) {
            HostProbe probe = new DockerHost(session).probe();
            // matched among the loaded models only, so this never waits on a gateway
            return HostProbeDescription.describe(definition.displayName(), probe,
                ArrowheadCore.connections().all());
        } catch (HostException | RuntimeException e) {
            throw new InvocationTargetException(e);
        }
    }
}
