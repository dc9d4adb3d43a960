package io.arrowhead.ui.internal.dnd;

import java.util.List;

import org.eclipse.swt.widgets.Shell;

import io.arrowhead.ui.model.VolumeNode;

/**
 * What volumes dragged in the navigator do when dropped on one kind of element, such as an SDC. The
 * {@link VolumeDropAssistant} finds the implementation for the element under the mouse, asks it while the mouse
 * hovers and lets it carry the drop out. To add a kind of target, implement this, list it in
 * {@link VolumeDropTargets} and add the element's type to the drop assistant's possibleDropTargets in plugin.xml.
 */
public interface VolumeDropTarget {

    /** Whether drops on this element are this target's. */
    boolean accepts(Object element);

    /**
     * Why the drop would be refused, as a sentence to show while the mouse hovers, or {@code null} when it can go
     * ahead. Called on the UI thread at every move, so it reads the loaded model only.
     */
    String refusal(List<VolumeNode> volumes, Object element);

    /**
     * What releasing the button over the element does, as a sentence shown while the mouse hovers an element that
     * {@link #refusal} accepts.
     */
    String action(List<VolumeNode> volumes, Object element);

    /**
     * Carries out a drop that {@link #refusal} accepted, after whatever confirmation it needs. Runs on the UI
     * thread after the drag has ended; it schedules jobs and never waits for them.
     */
    void drop(Shell shell, List<VolumeNode> volumes, Object element);
}
