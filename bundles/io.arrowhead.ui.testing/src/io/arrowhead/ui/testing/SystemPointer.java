package io.arrowhead.ui.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The X server's own pointer, moved with xdotool (XTest) from the test thread, for gestures the toolkit must see
 * as a person's: a real drag and drop, with GTK's drag loop running on the free UI thread. {@code Display.post}
 * cannot do this, since it runs on the UI thread and a drag needs that thread between every pointer step.
 * <pre>
 * ui.pointer().drag(volumeItem, hostItem);
 * </pre>
 * Each step waits for the UI to have handled the events so far; the pace between steps only gives GTK's drag
 * threshold and motion handling time, it is never a wait for state: follow the gesture with a {@code waitUntil}.
 */
public final class SystemPointer {

    private static final int STEPS = 10;
    private static final Duration STEP_PACE = Duration.ofMillis(150);
    private static final int NUDGE = 12;
    private static final int LINGER_STEPS = 2;
    /** Well past GTK's drag threshold (8 pixels by default). */
    private static final int THRESHOLD_MOVE = 20;
    private static final long XDOTOOL_SECONDS = 10;
    /** Reads of an item's position, about 20 ms apart, that must agree before the pointer goes there. */
    private static final int STABLE_READS = 5;

    private final UiDriver driver;
    private Point at;
    private Shell pressedShell;

    SystemPointer(UiDriver driver) {
        this.driver = driver;
    }

    /** Presses the left button on one item, moves in steps to the other and releases it there. */
    public void drag(TreeItem from, TreeItem to) {
        press(from);
        try {
            moveTo(to);
        } finally {
            release();
        }
    }

    /** Brings the item's window to the front, puts the pointer on the item's label and presses the left button. */
    public void press(TreeItem item) {
        driver.onUi(() -> {
            pressedShell = item.getParent().getShell();
            pressedShell.forceActive();
            showInTheMiddle(item);
        });
        Point point = settledLabelCenter(item);
        press(() -> point);
    }

    /** Brings the control's window to the front, puts the pointer on its centre and presses the left button. */
    public void press(Control control) {
        press(() -> {
            pressedShell = control.getShell();
            pressedShell.forceActive();
            return Input.center(control);
        });
    }

    /** Moves the pressed pointer in steps onto the item's label, scrolling it to the middle of the tree first. */
    public void moveTo(TreeItem item) {
        moveTo(() -> {
            driver.onUi(() -> showInTheMiddle(item));
            return settledLabelCenter(item);
        });
    }

    public void moveTo(Control control) {
        moveTo(() -> driver.onUi(() -> Input.center(control)));
    }

    /** Moves the pointer in steps to a point in display coordinates. */
    public void moveTo(Point target) {
        moveTo(() -> target);
    }

    /**
     * Starts the drag with a move along the pressed row, well past the drag threshold, before asking the UI for
     * anything: until the pointer moves, SWT's drag detection after a press runs no asyncExec.
     */
    private void moveTo(Supplier<Point> where) {
        Point pressed = requirePressed();
        Point start = new Point(pressed.x + THRESHOLD_MOVE, pressed.y);
        step(start);
        Point target = where.get();
        for (int step = 1; step <= STEPS; step++) {
            step(new Point(start.x + (target.x - start.x) * step / STEPS,
                start.y + (target.y - start.y) * step / STEPS));
        }
        // Linger over the target with small moves, as a hand does: the drop target answers each motion through
        // the X server, and a release before its answer arrived is a drop that is refused.
        for (int linger = 0; linger < LINGER_STEPS; linger++) {
            step(new Point(target.x + 1, target.y));
            step(target);
        }
    }

    /** Releases the left button where the pointer is, ending the drag there; for cleanup, nothing if not pressed. */
    public void release() {
        if (at == null) {
            return;
        }
        xdotool("mouseup", "1");
        at = null;
        driver.settle();
        // GTK's drag leaves the X keyboard focus on the root window: with no window manager to give it back, keys
        // would go to whatever is under the pointer. Focus the active shell again, as a window manager would.
        driver.onUi(() -> {
            Shell active = driver.display().getActiveShell();
            Shell shell = active != null ? active : pressedShell;
            if (shell != null && !shell.isDisposed()) {
                shell.forceActive();
            }
        });
        pressedShell = null;
    }

    /** The centre of the item's label (not its icon), in display coordinates; call on the UI thread. */
    public static Point labelCenter(TreeItem item) {
        Rectangle text = item.getTextBounds(0);
        int width = Math.min(text.width, 80);
        return item.getParent().toDisplay(text.x + width / 2, text.y + text.height / 2);
    }

    /**
     * Where the item's label is once the tree has finished scrolling: GTK scrolls a tree view when it next lays it
     * out, so the item's bounds are read until they stay put and the tree finds the item under them.
     */
    private Point settledLabelCenter(TreeItem item) {
        Point[] last = {null};
        int[] unchanged = {0};
        return driver.waitFor("the tree to stop scrolling to " + item, () -> {
            Point now = labelCenter(item);
            Tree tree = item.getParent();
            boolean itemThere = tree.getItem(tree.toControl(now)) == item;
            unchanged[0] = now.equals(last[0]) ? unchanged[0] + 1 : 0;
            last[0] = now;
            return itemThere && unchanged[0] >= STABLE_READS ? now : null;
        });
    }

    /**
     * Scrolls the tree, unless the item is already well inside what it shows, so the item is in the middle: over the first or last row a drag scrolls
     * the tree by itself (SWT's drop feedback), which would move the items under the pointer.
     */
    private static void showInTheMiddle(TreeItem item) {
        Tree tree = item.getParent();
        Rectangle bounds = item.getBounds();
        Rectangle area = tree.getClientArea();
        int margin = 2 * tree.getItemHeight();
        if (bounds.y >= area.y + margin && bounds.y + bounds.height <= area.y + area.height - margin) {
            return;
        }
        tree.showItem(item);
        int rows = tree.getClientArea().height / Math.max(1, tree.getItemHeight());
        TreeItem top = item;
        for (int row = 0; row < rows / 2; row++) {
            TreeItem above = rowAbove(top);
            if (above == null) {
                break;
            }
            top = above;
        }
        tree.setTopItem(top);
    }

    /** The item shown just above this one: its previous sibling's last visible descendant, or its parent. */
    private static TreeItem rowAbove(TreeItem item) {
        TreeItem parent = item.getParentItem();
        TreeItem[] siblings = parent == null ? item.getParent().getItems() : parent.getItems();
        int index = Arrays.asList(siblings).indexOf(item);
        if (index <= 0) {
            return parent;
        }
        TreeItem above = siblings[index - 1];
        while (above.getExpanded() && above.getItemCount() > 0) {
            above = above.getItem(above.getItemCount() - 1);
        }
        return above;
    }

    /** Presses at the point the code gives on the UI thread, after it brought the window to the front. */
    private void press(Supplier<Point> where) {
        if (at != null) {
            throw new IllegalStateException("The pointer is already pressed; release it first.");
        }
        Point point = driver.onUi(where);
        // Enter from a little way off, as a hand does: GTK starts a drag only from a press it saw the pointer reach.
        xdotool("mousemove", "--sync", Integer.toString(point.x - NUDGE), Integer.toString(point.y - NUDGE));
        driver.pace(STEP_PACE);
        xdotool("mousemove", "--sync", Integer.toString(point.x), Integer.toString(point.y));
        driver.settle();
        driver.pace(STEP_PACE);
        xdotool("mousedown", "1");
        at = point;
        // No settle here: after a press SWT watches for a drag in a nested loop that runs no asyncExec, and gives
        // up if the pointer does not move within its timeout. Waiting for the UI now would let that time pass.
        driver.pace(STEP_PACE);
    }

    private void step(Point point) {
        xdotool("mousemove", Integer.toString(point.x), Integer.toString(point.y));
        driver.pace(STEP_PACE);
        driver.settle();
        at = point;
    }

    private Point requirePressed() {
        if (at == null) {
            throw new IllegalStateException("The pointer is not pressed; press it on the drag source first.");
        }
        return at;
    }

    /** Runs xdotool with an argument list on the test thread's display; fails the test with its error output. */
    private static void xdotool(String... arguments) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isEmpty()) {
            throw new AssertionError("DISPLAY is not set; real pointer gestures need an X server such as Xvfb.");
        }
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("xdotool could not be started (" + e.getMessage() + "). Real drags need it: "
                + "install the xdotool package.", e);
        }
        try {
            if (!process.waitFor(XDOTOOL_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("xdotool " + String.join(" ", arguments) + " did not finish within "
                    + XDOTOOL_SECONDS + " s.");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new AssertionError("xdotool " + String.join(" ", arguments) + " failed with exit code "
                    + process.exitValue() + ": " + output);
            }
        } catch (IOException e) {
            throw new AssertionError("xdotool's output could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while xdotool ran", e);
        }
    }
}
