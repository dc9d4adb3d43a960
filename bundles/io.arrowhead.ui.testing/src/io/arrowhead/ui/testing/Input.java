package io.arrowhead.ui.testing;

import java.util.List;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Real mouse and keyboard input through {@code Display.post}, which reaches the X server (XTest under Xvfb), so
 * the toolkit's own event handling runs exactly as for a person at the keyboard. Input does not wait for its
 * effect: follow it with {@link UiDriver#waitUntil} on what should change.
 */
public final class Input {

    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";
    private static final int APPROACH = 3;
    private static final Duration HAND_PACE = Duration.ofMillis(30);
    private static final int DRAG_STEPS = 12;
    private static final Duration DRAG_STEP_PACE = Duration.ofMillis(40);

    private final UiDriver driver;

    Input(UiDriver driver) {
        this.driver = driver;
    }

    public void click(Control control) {
        click(driver.onUi(() -> center(control)), 1, 1);
    }

    public void doubleClick(Control control) {
        click(driver.onUi(() -> center(control)), 1, 2);
    }

    public void rightClick(Control control) {
        click(driver.onUi(() -> center(control)), 3, 1);
    }

    /** Clicks an item, scrolled into view first as a person would scroll to it. */
    public void click(TreeItem item) {
        click(driver.onUi(() -> {
            item.getParent().showItem(item);
            return center(item.getParent(), item.getBounds());
        }), 1, 1);
    }

    public void doubleClick(TreeItem item) {
        click(driver.onUi(() -> {
            item.getParent().showItem(item);
            return center(item.getParent(), item.getBounds());
        }), 1, 2);
    }

    /** Clicks an item, scrolled into view first as a person would scroll to it. */
    public void click(TableItem item) {
        click(driver.onUi(() -> {
            item.getParent().showItem(item);
            return center(item.getParent(), item.getBounds());
        }), 1, 1);
    }

    /**
     * Clicks at a point in display coordinates. The pointer first enters from a few pixels away and each step is
     * paced like a hand: GTK only activates a button that has seen the pointer enter before the press.
     */
    public void click(Point point, int button, int count) {
        move(new Point(point.x - APPROACH, point.y - APPROACH));
        driver.pace(HAND_PACE);
        move(point);
        driver.pace(HAND_PACE);
        driver.settle();
        for (int i = 0; i < count; i++) {
            pressAndRelease(button);
            driver.pace(HAND_PACE);
        }
        driver.settle();
    }

    /** Activates the control's shell, clicks the control to give it keyboard focus, then types. */
    public void typeInto(Control control, String text) {
        driver.onUi(() -> control.getShell().forceActive());
        click(control);
        driver.waitUntil("keyboard focus on " + control, control::isFocusControl);
        type(text);
    }

    /** Replaces a field's whole text: focuses it, selects everything with Ctrl+A, then types over it. */
    public void replaceText(Control control, String text) {
        driver.onUi(() -> control.getShell().forceActive());
        click(control);
        driver.waitUntil("keyboard focus on " + control, control::isFocusControl);
        press(SWT.MOD1, 'a');
        type(text);
    }

    /** Picks the first item of a combo that starts with the prefix, as the arrow keys would, and tells its listeners. */
    public void choose(Combo combo, String prefix) {
        driver.onUi(() -> {
            String[] items = combo.getItems();
            for (int i = 0; i < items.length; i++) {
                if (items[i].startsWith(prefix)) {
                    combo.select(i);
                    combo.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            throw new AssertionError("no item of " + combo + " starts with " + prefix + ": " + List.of(items));
        });
    }

    /** Types characters into whatever has focus; upper case and shifted punctuation press Shift as a person would. */
    public void type(String text) {
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                press(SWT.CR);
            } else if (c == '\t') {
                press(SWT.TAB);
            } else if (Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0) {
                post(key(SWT.KeyDown, SWT.SHIFT, '\0'));
                postKey(Character.toLowerCase(c));
                post(key(SWT.KeyUp, SWT.SHIFT, '\0'));
            } else {
                postKey(c);
            }
        }
        driver.settle();
    }

    /**
     * Presses a key, optionally with modifiers first: {@code press(SWT.F5)}, {@code press(SWT.CTRL, 'n')},
     * {@code press(SWT.CTRL | SWT.SHIFT, 't')}. Characters are given in lower case.
     */
    public void press(int modifiers, char character) {
        pressModifiers(modifiers, SWT.KeyDown);
        postKey(character);
        pressModifiers(modifiers, SWT.KeyUp);
        driver.settle();
    }

    /** Presses a key given by its SWT key code, such as {@code SWT.CR}, {@code SWT.ESC} or {@code SWT.ARROW_DOWN}. */
    public void press(int keyCode) {
        pressKeyCode(0, keyCode);
    }

    public void press(int modifiers, int keyCode) {
        pressKeyCode(modifiers, keyCode);
    }

    /** Presses the mouse on the source, moves in steps to the target and releases it there. */
    public void dragAndDrop(Point from, Point to) {
        move(from);
        post(mouse(SWT.MouseDown, 1));
        driver.pace(DRAG_STEP_PACE);
        for (int step = 1; step <= DRAG_STEPS; step++) {
            move(new Point(from.x + (to.x - from.x) * step / DRAG_STEPS, from.y + (to.y - from.y) * step / DRAG_STEPS));
            driver.pace(DRAG_STEP_PACE);
        }
        post(mouse(SWT.MouseUp, 1));
        driver.settle();
    }

    /** The centre of a control in display coordinates; call on the UI thread. */
    public static Point center(Control control) {
        Rectangle area = control.getBounds();
        return control.getParent() == null
            ? new Point(area.x + area.width / 2, area.y + area.height / 2)
            : control.getParent().toDisplay(area.x + area.width / 2, area.y + area.height / 2);
    }

    /** The display point at the centre of a rectangle given in the control's own coordinates. */
    public static Point center(Control control, Rectangle area) {
        return control.toDisplay(area.x + Math.min(area.width / 2, 40), area.y + area.height / 2);
    }

    private void pressKeyCode(int modifiers, int keyCode) {
        pressModifiers(modifiers, SWT.KeyDown);
        post(key(SWT.KeyDown, keyCode, '\0'));
        post(key(SWT.KeyUp, keyCode, '\0'));
        pressModifiers(modifiers, SWT.KeyUp);
        driver.settle();
    }

    private void pressModifiers(int modifiers, int type) {
        for (int modifier : new int[] {SWT.CTRL, SWT.SHIFT, SWT.ALT, SWT.COMMAND}) {
            if ((modifiers & modifier) != 0) {
                post(key(type, modifier, '\0'));
            }
        }
    }

    private void postKey(char character) {
        post(key(SWT.KeyDown, 0, character));
        post(key(SWT.KeyUp, 0, character));
    }

    private void move(Point point) {
        Event event = new Event();
        event.type = SWT.MouseMove;
        event.x = point.x;
        event.y = point.y;
        post(event);
    }

    private static Event mouse(int type, int button) {
        Event event = new Event();
        event.type = type;
        event.button = button;
        return event;
    }

    private static Event key(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        return event;
    }

    /**
     * Posts the press and the release in one go on the UI thread. After a press on a control with a drag source, SWT
     * polls the pointer until the button is released or 500 ms pass (drag detection) and runs no runnable meanwhile,
     * so a release posted later through the UI thread would come half a second late, which no person's click does;
     * posted together, the release is already queued at the X server when SWT looks. (Posting from the test thread
     * instead crashed GTK, which is not thread-safe, in glib's allocator while the UI thread drew charts.)
     */
    private void pressAndRelease(int button) {
        boolean posted = driver.onUi(() -> driver.display().post(mouse(SWT.MouseDown, button))
            && driver.display().post(mouse(SWT.MouseUp, button)));
        if (!posted) {
            throw new IllegalStateException("The display refused to click button " + button
                + "; is XTest available?");
        }
    }

    /** Posts on the UI thread: SWT/GTK moves the pointer through an API that checks the calling thread. */
    private void post(Event event) {
        if (!driver.onUi(() -> driver.display().post(event))) {
            throw new IllegalStateException("The display refused a posted " + event + "; is XTest available?");
        }
    }
}
