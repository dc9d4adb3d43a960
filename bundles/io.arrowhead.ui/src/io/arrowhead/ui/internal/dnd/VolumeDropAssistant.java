package io.arrowhead.ui.internal.dnd;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonDropAdapter;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;

import io.arrowhead.ui.internal.mapping.MappingSelection;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.DockerVolumeNode;
import io.arrowhead.ui.model.VolumeNode;

/**
 * The navigator's drop assistant for volumes dragged within it (declared in plugin.xml with the elements it may be
 * dropped on). It hands each drop to the {@link VolumeDropTarget} of the element under the mouse, and a Docker
 * volume dragged onto a Docker host to {@link DockerVolumeDrop}; a refusal comes
 * back as an error status, and its reason shows in the status line while the mouse hovers, so it is read before the
 * button is released.
 */
public final class VolumeDropAssistant extends CommonDropAdapterAssistant {

    private final DropFeedback feedback = new DropFeedback();

    @Override
    public IStatus validateDrop(Object target, int operation, TransferData transferType) {
        IStatus status = check(target, LocalSelectionTransfer.getTransfer().getSelection());
        feedback.show(getCurrentEvent(), target, status);
        return status;
    }

    @Override
    public IStatus handleDrop(CommonDropAdapter adapter, DropTargetEvent event, Object target) {
        // Mapping moves nothing: DROP_NONE keeps the drag source from removing what was dragged.
        event.detail = DND.DROP_NONE;
        return dropLater(target, LocalSelectionTransfer.getTransfer().getSelection());
    }

    /**
     * On Linux the drop may arrive as the navigator's PluginTransfer rather than as the local selection (the data
     * type is only settled when the button is released), and then the platform asks these two instead.
     */
    @Override
    public IStatus validatePluginTransferDrop(IStructuredSelection dragged, Object target) {
        return check(target, dragged);
    }

    @Override
    public IStatus handlePluginTransferDrop(IStructuredSelection dragged, Object target) {
        return dropLater(target, dragged);
    }

    /** Hands an accepted drop to its target once the drag has ended, not inside the platform's drop callback. */
    private IStatus dropLater(Object target, ISelection dragged) {
        feedback.clear();
        IStatus status = check(target, dragged);
        Optional<VolumeDropTarget> handler = VolumeDropTargets.forElement(target);
        if (!status.isOK() || handler.isEmpty()) {
            return status;
        }
        IStructuredSelection selection = (IStructuredSelection) dragged;
        List<DockerVolumeNode> dockerVolumes = DockerVolumeDrop.dragged(selection);
        List<VolumeNode> volumes = MappingSelection.volumeNodes(selection);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Display.getCurrent().asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            if (dockerVolumes.isEmpty()) {
                handler.get().drop(shell, volumes, target);
            } else {
                DockerVolumeDrop.drop(shell, dockerVolumes, (DockerHostNode) target);
            }
        });
        return Status.OK_STATUS;
    }

    /**
     * OK with what the drop will do as its message, CANCEL for what is no volume drop at all, or an error whose
     * message is the reason for the refusal.
     */
    private static IStatus check(Object target, ISelection dragged) {
        Optional<VolumeDropTarget> handler = VolumeDropTargets.forElement(target);
        if (handler.isEmpty() || !(dragged instanceof IStructuredSelection selection) || selection.isEmpty()) {
            return Status.CANCEL_STATUS;
        }
        List<DockerVolumeNode> dockerVolumes = DockerVolumeDrop.dragged(selection);
        if (!dockerVolumes.isEmpty()) {
            if (!(target instanceof DockerHostNode host)) {
                return Status.CANCEL_STATUS;
            }
            String refusal = DockerVolumeDrop.refusal(dockerVolumes, host);
            return refusal == null ? accepted(DockerVolumeDrop.action(dockerVolumes, host)) : Status.error(refusal);
        }
        List<VolumeNode> volumes = MappingSelection.volumeNodes(selection);
        if (volumes.size() != selection.size()) {
            return Status.error(Messages.Drop_onlyVolumes);
        }
        String refusal = handler.get().refusal(volumes, target);
        return refusal == null ? accepted(handler.get().action(volumes, target)) : Status.error(refusal);
    }

    /** An accepted drop, whose message says what releasing the button will do. */
    private static IStatus accepted(String action) {
        return new Status(IStatus.OK, VolumeDropAssistant.class, action);
    }
}
