package io.arrowhead.ui.tests;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;

import io.arrowhead.ui.internal.dnd.VolumeDropAssistant;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Drives the navigator's drop assistant as a drag over real nodes would: the driver's synthetic drag starts no GTK
 * drag, so tests ask the assistant the navigator finds for the target from plugin.xml, as the navigator does.
 */
final class DropDriver {

    private final UiDriver ui;
    private final Console console;

    DropDriver(UiDriver ui, Console console) {
        this.ui = ui;
        this.console = console;
    }

    /** What the navigator asks the assistant while the dragged element (or a List of them) is over the target. */
    IStatus hover(Object draggedElement, Object target) {
        VolumeDropAssistant assistant = assistant(draggedElement, target);
        return ui.onUi(() -> {
            LocalSelectionTransfer transfer = LocalSelectionTransfer.getTransfer();
            transfer.setSelection(selection(draggedElement));
            return assistant.validateDrop(target, DND.DROP_MOVE, transfer.getSupportedTypes()[0]);
        });
    }

    /** Releases the mouse over the target after {@link #hover}; dialogs the drop opens come after it returns. */
    IStatus drop(Object draggedElement, Object target) {
        VolumeDropAssistant assistant = assistant(draggedElement, target);
        return ui.onUi(() -> assistant.handleDrop(null, dropEvent(), target));
    }

    /** Ends the drag, as the platform does once the mouse was released. */
    void clear() {
        ui.onUi(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
    }

    /** The assistant the navigator's DnD service finds for this drag and target, from plugin.xml. */
    VolumeDropAssistant assistant(Object draggedElement, Object target) {
        return ui.onUi(() -> {
            CommonDropAdapterAssistant[] found = console.navigator().getNavigatorContentService().getDnDService()
                .findCommonDropAdapterAssistants(target, selection(draggedElement));
            return Arrays.stream(found).filter(VolumeDropAssistant.class::isInstance)
                .map(VolumeDropAssistant.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no volume drop assistant for " + target));
        });
    }

    private static StructuredSelection selection(Object dragged) {
        return dragged instanceof List<?> several ? new StructuredSelection(several)
            : new StructuredSelection(dragged);
    }

    /** A drop event as SWT would deliver it; its event class is package-private, hence the reflection. */
    DropTargetEvent dropEvent() {
        try {
            Class<?> type = Class.forName("org.eclipse.swt.dnd.DNDEvent", true, DND.class.getClassLoader());
            Constructor<?> create = type.getDeclaredConstructor();
            create.setAccessible(true);
            Event event = (Event) create.newInstance();
            event.widget = console.tree();
            event.display = ui.display();
            event.detail = DND.DROP_MOVE;
            Constructor<DropTargetEvent> wrap = DropTargetEvent.class.getConstructor(type);
            return wrap.newInstance(event);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
