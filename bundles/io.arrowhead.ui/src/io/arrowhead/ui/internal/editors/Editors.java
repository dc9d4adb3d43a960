package io.arrowhead.ui.internal.editors;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.VolumeNode;

/** Opens the editor that fits a navigator element. */
public final class Editors {

    public static final String VOLUME_EDITOR_ID = "io.arrowhead.ui.editors.volume";
    public static final String SDC_EDITOR_ID = "io.arrowhead.ui.editors.sdc";

    private Editors() {
    }

    /** Whether {@link #open} has an editor for the element. */
    public static boolean canOpen(Object element) {
        return subject(element) != null;
    }

    /**
     * Opens, or brings to the front, the editor of a volume (also one listed under an SDC) or an SDC.
     *
     * @return the editor, or {@code null} when the element has none or it could not be opened (then the user was
     *         told why)
     */
    public static IEditorPart open(IWorkbenchPage page, Object element) {
        IEditorInput input;
        String editorId;
        switch (subject(element)) {
            case VolumeNode node -> {
                input = new VolumeEditorInput(node);
                editorId = VOLUME_EDITOR_ID;
            }
            case SdcNode node -> {
                input = new SdcEditorInput(node);
                editorId = SDC_EDITOR_ID;
            }
            case null, default -> {
                return null;
            }
        }
        try {
            return page.openEditor(input, editorId, true);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
            return null;
        }
    }

    /** The volume or SDC an element stands for, the volume first (a volume listed under an SDC is both). */
    private static Object subject(Object element) {
        VolumeNode volume = Adapters.adapt(element, VolumeNode.class);
        return volume != null ? volume : Adapters.adapt(element, SdcNode.class);
    }
}
