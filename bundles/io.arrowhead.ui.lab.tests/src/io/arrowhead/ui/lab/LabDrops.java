package io.arrowhead.ui.lab;

import java.lang.reflect.Constructor;
import java.util.Arrays;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;
import org.eclipse.ui.navigator.CommonNavigator;

import io.arrowhead.ui.internal.dnd.VolumeDropAssistant;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Drops a node on a real tree node through the drop assistant the navigator finds for it in plugin.xml, which is
 * what a mouse drag ends in: the driver's synthetic drag starts no GTK drag.
 */
final class LabDrops {

    private final UiDriver ui;
    private final CommonNavigator navigator;

    LabDrops(UiDriver ui, CommonNavigator navigator) {
        this.ui = ui;
        this.navigator = navigator;
    }

    /** Hovers, then releases over the target when the assistant accepts; dialogs the drop opens come afterwards. */
    IStatus drop(Object dragged, Object target) {
        return ui.onUi(() -> {
            StructuredSelection selection = new StructuredSelection(dragged);
            VolumeDropAssistant assistant = Arrays.stream(navigator.getNavigatorContentService().getDnDService()
                .findCommonDropAdapterAssistants(target, selection)).filter(VolumeDropAssistant.class::isInstance)
                .map(VolumeDropAssistant.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no volume drop assistant for " + target));
            LocalSelectionTransfer transfer = LocalSelectionTransfer.getTransfer();
            transfer.setSelection(selection);
            IStatus hover = assistant.validateDrop(target, DND.DROP_MOVE, transfer.getSupportedTypes()[0]);
            if (!hover.isOK()) {
                transfer.setSelection(null);
                return hover;
            }
            return assistant.handleDrop(null, dropEvent(), target);
        });
    }

    /** Ends the drag, as the platform does once the mouse was released and the drop handled. */
    void clear() {
        ui.onUi(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
    }

    /** A drop event as SWT delivers it; its event class is package-private, hence the reflection. */
    private DropTargetEvent dropEvent() {
        try {
            Class<?> type = Class.forName("org.eclipse.swt.dnd.DNDEvent", true, DND.class.getClassLoader());
            Constructor<?> create = type.getDeclaredConstructor();
            create.setAccessible(true);
            Event event = (Event) create.newInstance();
            Tree tree = navigator.getCommonViewer().getTree();
            event.widget = tree;
            event.display = tree.getDisplay();
            event.detail = DND.DROP_MOVE;
            return DropTargetEvent.class.getConstructor(type).newInstance(event);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
