package io.arrowhead.ui.internal.attach;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.ui.model.DockerVolumeNode;

/** Detach from Docker Host on one selected Docker volume. */
public final class DetachFromDockerHostHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof DockerVolumeNode node) {
            DockerHostActions.detach(HandlerUtil.getActiveShellChecked(event), node);
        }
        return null;
    }
}
