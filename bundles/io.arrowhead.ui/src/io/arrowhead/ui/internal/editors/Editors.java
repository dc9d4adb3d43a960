package io.arrowhead.ui.internal.editors;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.internal.dashboard.DashboardEditorInput;
import io.arrowhead.ui.model.PoolNode;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.SystemNode;
import io.arrowhead.ui.model.VolumeNode;

/** Opens the editor that fits a navigator element. */
public final class Editors {

    public static final String VOLUME_EDITOR_ID = "io.arrowhead.ui.editors.volume";
    public static final String SDC_EDITOR_ID = "io.arrowhead.ui.editors.sdc";
    public static final String POOL_EDITOR_ID = "io.arrowhead.ui.editors.pool";
    public static final String DASHBOARD_ID = "io.arrowhead.ui.editors.dashboard";

    private Editors() {
    }

    /** Whether {@link #open} has an editor for the element. */
    public static boolean canOpen(Object element) {
        return subject(element) != null;
    }

    /**
     * Opens, or brings to the front, the editor of a volume (also one listed under an SDC), an SDC or a storage
     * pool, or the dashboard of a gateway.
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
            case PoolNode node -> {
                input = new PoolEditorInput(node);
                editorId = POOL_EDITOR_ID;
            }
            case GatewayConnection gateway -> {
                input = new DashboardEditorInput(gateway);
                editorId = DASHBOARD_ID;
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

    /**
     * Whether a double-click opens the element's editor. On a gateway, its system or a pool it expands the node, as
     * it always did; Open (Enter, or the context menu) shows their dashboard or editor.
     */
    public static boolean opensOnDoubleClick(Object element) {
        return canOpen(element) && !(element instanceof GatewayConnection || element instanceof SystemNode
            || element instanceof PoolNode);
    }

    /**
     * What an element opens: a volume (also one listed under an SDC, the volume first), an SDC, a storage pool, or
     * the dashboard of a gateway or of its system.
     */
    private static Object subject(Object element) {
        if (element instanceof GatewayConnection gateway) {
            return gateway;
        }
        if (element instanceof SystemNode system) {
            return system.connection();
        }
        VolumeNode volume = Adapters.adapt(element, VolumeNode.class);
        if (volume != null) {
            return volume;
        }
        SdcNode sdc = Adapters.adapt(element, SdcNode.class);
        return sdc != null ? sdc : Adapters.adapt(element, PoolNode.class);
    }
}
