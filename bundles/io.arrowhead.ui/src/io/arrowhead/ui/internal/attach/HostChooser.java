package io.arrowhead.ui.internal.attach;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;

import io.arrowhead.core.hosts.ManagedHost;

/** The keyboard path of a drop: picks the Docker host a volume goes to from a list. */
final class HostChooser {

    private HostChooser() {
    }

    /** The chosen host, or {@code null} when cancelled. */
    static ManagedHost choose(Shell shell, String question, List<ManagedHost> hosts) {
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle(Messages.Choose_title);
        dialog.setMessage(question);
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(LabelProvider.createTextProvider(o -> ((ManagedHost) o).toString()));
        dialog.setInput(hosts);
        dialog.setInitialSelections(hosts.getFirst());
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return null;
        }
        return (ManagedHost) dialog.getResult()[0];
    }
}
