package io.arrowhead.ui.internal.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.ClusterOperations.Mapping;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.internal.mapping.MappingSelection.Unmapping;

/**
 * Unmap, and Delete on a volume listed under an SDC: a volume under an SDC is unmapped from that SDC only, a volume
 * in its pool from every SDC it is mapped to. The confirmation names each mapping; nothing is deleted.
 */
public final class UnmapHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        List<Unmapping> unmappings = MappingSelection.unmappings(HandlerUtil.getCurrentStructuredSelection(event));
        if (unmappings.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Unmap_title, Messages.Unmap_nothingMapped);
            return null;
        }
        if (!confirm(shell, unmappings)) {
            return null;
        }
        Map<GatewayConnection, List<Mapping>> byGateway = new LinkedHashMap<>();
        for (Unmapping unmapping : unmappings) {
            byGateway.computeIfAbsent(unmapping.connection(), c -> new ArrayList<>()).add(unmapping.mapping());
        }
        byGateway.forEach((connection, mappings) -> ClusterOperations.unmapFromSdcs(connection, mappings).schedule());
        return null;
    }

    private static boolean confirm(Shell shell, List<Unmapping> unmappings) {
        // One line per volume, naming its SDCs: "db01 from host-a, host-b".
        Map<String, List<String>> sdcsByVolume = new LinkedHashMap<>();
        for (Unmapping unmapping : unmappings) {
            sdcsByVolume.computeIfAbsent(unmapping.mapping().volume().name(), v -> new ArrayList<>())
                .add(unmapping.mapping().sdcLabel());
        }
        String question;
        if (sdcsByVolume.size() == 1) {
            var only = sdcsByVolume.entrySet().iterator().next();
            question = NLS.bind(Messages.Unmap_one, only.getKey(), String.join(", ", only.getValue()));
        } else {
            List<String> lines = new ArrayList<>();
            sdcsByVolume.forEach((volume, sdcs) -> lines.add(NLS.bind(Messages.Unmap_line, volume,
                String.join(", ", sdcs))));
            question = NLS.bind(Messages.Unmap_several, unmappings.size(), String.join("\n", lines));
        }
        MessageDialog dialog = new MessageDialog(shell, Messages.Unmap_title, null, question,
            MessageDialog.QUESTION, 0, Messages.Unmap_button, IDialogConstants.CANCEL_LABEL);
        return dialog.open() == 0;
    }
}
