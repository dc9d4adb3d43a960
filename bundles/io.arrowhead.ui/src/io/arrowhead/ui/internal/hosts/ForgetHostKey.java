package io.arrowhead.ui.internal.hosts;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyStore;

/**
 * Forgets the recorded host key of a Docker host after the user confirms, naming the host and the fingerprints:
 * Arrowhead's known_hosts entry and the session's trust go; the user's own {@code ~/.ssh/known_hosts} is never
 * changed, and the user is told when it still records a key. The files are read and written off the UI thread; the
 * questions are put to the UI thread, which never waits for this work.
 */
final class ForgetHostKey {

    private final Display display;

    ForgetHostKey(Display display) {
        this.display = display;
    }

    /** For the Forget Host Key command: a job, whose result says why forgetting failed. */
    Job schedule(ManagedHost host) {
        Job job = Job.create(NLS.bind(Messages.ForgetHostKey_job, host.name()), monitor -> {
            try {
                run(host.definition(), host.name());
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error(NLS.bind(Messages.ForgetHostKey_failed, host.name(), e.getMessage()), e);
            }
        });
        job.setRule(host.rule());
        job.schedule();
        return job;
    }

    /** For the wizard: runs in its progress area; true if the key was forgotten. */
    boolean inWizard(IRunnableContext context, HostDefinition definition, String name) {
        AtomicBoolean forgotten = new AtomicBoolean();
        try {
            context.run(true, false, (IProgressMonitor monitor) -> {
                try {
                    forgotten.set(run(definition, name));
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(display.getActiveShell(), Messages.ForgetHostKey_title,
                NLS.bind(Messages.ForgetHostKey_failed, name, e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return forgotten.get();
    }

    private boolean run(HostDefinition definition, String name) throws IOException {
        HostKeyStore keys = ArrowheadCore.hosts().hostKeys();
        List<String> fingerprints = keys.knownKeys(definition).stream().map(HostKeyStore::fingerprint).distinct()
            .toList();
        if (fingerprints.isEmpty()) {
            inform(MessageDialog.INFORMATION, NLS.bind(Messages.ForgetHostKey_none, name, definition.displayName()));
            return false;
        }
        if (!confirm(NLS.bind(Messages.ForgetHostKey_question, new Object[] {name, definition.displayName(),
            String.join("\n", fingerprints)}))) {
            return false;
        }
        keys.forget(definition);
        if (!keys.knownKeys(definition).isEmpty()) {
            inform(MessageDialog.WARNING, NLS.bind(Messages.ForgetHostKey_stillInUserFile, name,
                Path.of(System.getProperty("user.home"), ".ssh", "known_hosts")));
        }
        return true;
    }

    private boolean confirm(String question) {
        AtomicBoolean yes = new AtomicBoolean();
        onUiThread(() -> yes.set(new MessageDialog(UiHostKeyCallback.parentShell(display), Messages.ForgetHostKey_title,
            null, question, MessageDialog.QUESTION, 1, Messages.ForgetHostKey_forget, IDialogConstants.CANCEL_LABEL)
            .open() == 0));
        return yes.get();
    }

    private void inform(int kind, String message) {
        onUiThread(() -> MessageDialog.open(kind, UiHostKeyCallback.parentShell(display), Messages.ForgetHostKey_title,
            message, 0));
    }

    private void onUiThread(Runnable dialog) {
        if (!display.isDisposed()) {
            display.syncExec(dialog);
        }
    }
}
