package io.arrowhead.ui.testing;

import java.lang.reflect.Field;
import java.util.List;

import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.accessibility.AccessibleListener;
import org.eclipse.swt.widgets.Control;

/**
 * Reads the name a screen reader hears for a control, as SWT asks its accessible listeners for it. SWT has no public
 * getter for this, so the listeners are read from the control's {@link Accessible}. Call on the UI thread.
 */
public final class AccessibleNames {

    private AccessibleNames() {
    }

    /** The name the control's accessible listeners give it, or {@code null} when none of them names it. */
    public static String of(Control control) {
        AccessibleEvent event = new AccessibleEvent(control);
        event.childID = ACC.CHILDID_SELF;
        for (AccessibleListener listener : listeners(control.getAccessible())) {
            listener.getName(event);
        }
        return event.result;
    }

    /** The description the control's accessible listeners give it, or {@code null} when none of them does. */
    public static String descriptionOf(Control control) {
        AccessibleEvent event = new AccessibleEvent(control);
        event.childID = ACC.CHILDID_SELF;
        for (AccessibleListener listener : listeners(control.getAccessible())) {
            listener.getDescription(event);
        }
        return event.result;
    }

    @SuppressWarnings("unchecked")
    private static List<AccessibleListener> listeners(Accessible accessible) {
        try {
            Field field = Accessible.class.getDeclaredField("accessibleListeners");
            field.setAccessible(true);
            List<AccessibleListener> listeners = (List<AccessibleListener>) field.get(accessible);
            return listeners == null ? List.of() : List.copyOf(listeners);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("this SWT keeps its accessible listeners elsewhere: " + e, e);
        }
    }
}
