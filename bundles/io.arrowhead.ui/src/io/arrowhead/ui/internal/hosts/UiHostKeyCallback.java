package io.arrowhead.ui.internal.hosts;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.hosts.HostDefinition;
import io.arrowhead.hosts.HostKeyCallback;
import io.arrowhead.hosts.HostKeyDecision;

/**
 * Asks the user about Docker host keys seen for the first time. The SSH layer asks from its own threads and waits,
 * so each question goes to the UI thread with {@code syncExec}; the UI thread never waits for those threads.
 * Questions are asked one at a time, so that two hosts connecting at once do not stack their dialogs.
 */
public final class UiHostKeyCallback implements HostKeyCallback {

    private final Display display;

    public UiHostKeyCallback(Display display) {
        this.display = Objects.requireNonNull(display);
    }

    /** Makes the console's Docker host sessions ask through a dialog on this display. */
    public static void install(Display display) {
        ArrowheadCore.hosts().setHostKeyCallback(new UiHostKeyCallback(display));
    }

    @Override
    public synchronized HostKeyDecision unknownHostKey(HostDefinition host, String keyType, String fingerprint) {
        AtomicReference<HostKeyDecision> decision = new AtomicReference<>(HostKeyDecision.REJECT);
        if (display.isDisposed()) {
            return decision.get();
        }
        try {
            display.syncExec(() -> {
                HostKeyDialog dialog = new HostKeyDialog(parentShell(display), host, keyType, fingerprint);
                dialog.open();
                decision.set(dialog.decision());
            });
        } catch (SWTException e) {
            if (!display.isDisposed()) {
                throw e;
            }
        }
        return decision.get();
    }

    /** The active shell, else any visible one, so that the dialog opens in front of what the user looks at. */
    static Shell parentShell(Display display) {
        Shell active = display.getActiveShell();
        if (active != null) {
            return active;
        }
        for (Shell shell : display.getShells()) {
            if (shell.isVisible()) {
                return shell;
            }
        }
        return null;
    }
}
