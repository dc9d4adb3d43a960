package io.arrowhead.ui.internal.hosts;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.SecretStoreException;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.ManagedHost;

/**
 * Removes the selected saved Docker hosts after confirmation: their settings and secrets, and, if the user ticks it,
 * their recorded host keys (unless another host still uses the same address and port). Secure storage and the files
 * are written in a job. Nothing on the hosts changes.
 */
public final class RemoveDockerHostHandler extends AbstractHandler {

    public static final String TITLE = Messages.RemoveDockerHost_title;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<ManagedHost> hosts = HostSelections.hosts(HandlerUtil.getCurrentSelection(event)).stream()
            .filter(h -> !h.isDemo()).toList();
        if (hosts.isEmpty()) {
            return null;
        }
        String what = hosts.size() == 1
            ? NLS.bind(Messages.RemoveDockerHost_one, hosts.getFirst().name(),
                hosts.getFirst().definition().displayName())
            : NLS.bind(Messages.RemoveDockerHost_several, hosts.size(),
                String.join(", ", hosts.stream().map(ManagedHost::name).toList()));
        MessageDialogWithToggle dialog = new MessageDialogWithToggle(HandlerUtil.getActiveShellChecked(event), TITLE,
            null, NLS.bind(Messages.RemoveDockerHost_question, what), MessageDialogWithToggle.QUESTION,
            new String[] {Messages.RemoveDockerHost_remove, IDialogConstants.CANCEL_LABEL}, 1,
            Messages.RemoveDockerHost_forgetKey, false);
        if (dialog.open() != IDialogConstants.INTERNAL_ID) { // the first button without a standard id: Remove
            return null;
        }
        boolean forgetKeys = dialog.getToggleState();
        for (ManagedHost host : hosts) {
            Job job = Job.create(NLS.bind(Messages.RemoveDockerHost_job, host.name()), monitor -> {
                try {
                    remove(ArrowheadCore.hosts(), host, forgetKeys);
                    return Status.OK_STATUS;
                } catch (SecretStoreException | IOException e) {
                    return Status.error(NLS.bind(Messages.RemoveDockerHost_failed, host.name(), e.getMessage()), e);
                }
            });
            job.setRule(host.rule());
            job.schedule();
        }
        return null;
    }

    private static void remove(DockerHosts hosts, ManagedHost host, boolean forgetKey)
        throws SecretStoreException, IOException {
        hosts.remove(host);
        String endpoint = host.definition().key();
        if (forgetKey && hosts.all().stream().noneMatch(h -> h.definition().key().equals(endpoint))) {
            hosts.hostKeys().forget(host.definition());
        }
    }
}
