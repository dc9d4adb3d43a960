package io.arrowhead.ui.internal.hosts;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.ManagedHost;

/** Edits the selected saved Docker host; the demo's hosts are the demo's to manage. */
public final class EditDockerHostHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<ManagedHost> selected = HostSelections.hosts(HandlerUtil.getCurrentSelection(event));
        if (selected.size() != 1 || selected.getFirst().isDemo()) {
            return null;
        }
        new WizardDialog(HandlerUtil.getActiveShellChecked(event),
            new DockerHostWizard(ArrowheadCore.hosts(), selected.getFirst())).open();
        return null;
    }
}
