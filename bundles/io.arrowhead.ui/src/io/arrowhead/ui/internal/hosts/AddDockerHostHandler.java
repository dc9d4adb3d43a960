package io.arrowhead.ui.internal.hosts;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ArrowheadCore;

/** Opens the Add Docker Host wizard. */
public final class AddDockerHostHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        new WizardDialog(HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell(),
            new DockerHostWizard(ArrowheadCore.hosts(), null)).open();
        return null;
    }
}
