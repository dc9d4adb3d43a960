package io.arrowhead.ui.internal.mapping;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Map to SDC… on the selected volumes: asks for the SDC and the options, then maps in the background. */
public final class MapVolumeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        MapToSdc.ask(HandlerUtil.getActiveShellChecked(event),
            MappingSelection.volumeNodes(HandlerUtil.getCurrentStructuredSelection(event)), null);
        return null;
    }
}
