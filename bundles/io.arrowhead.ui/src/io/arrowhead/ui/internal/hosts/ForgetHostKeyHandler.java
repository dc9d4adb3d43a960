package io.arrowhead.ui.internal.hosts;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.hosts.ManagedHost;

/** Forgets the recorded host key of the selected Docker host, after the user confirms it. */
public final class ForgetHostKeyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<ManagedHost> selected = HostSelections.hosts(HandlerUtil.getCurrentSelection(event));
        if (selected.size() == 1) {
            new ForgetHostKey(HandlerUtil.getActiveShellChecked(event).getDisplay()).schedule(selected.getFirst());
        }
        return null;
    }
}
