package io.arrowhead.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Drives a real window through the driver and checks what the widgets themselves report. */
@ExtendWith(ScreenshotOnFailure.class)
class UiDriverTest {

    private final UiDriver ui = new UiDriver();
    private TestWindow window;

    @BeforeEach
    void open() {
        window = ui.onUi(() -> new TestWindow(ui.display()));
        ui.waitUntil("the test window to be visible", () -> window.shell.isVisible());
    }

    @AfterEach
    void close() {
        ui.onUi(window::close);
    }

    @Test
    void findsWidgetsByTextLabelTooltipAndId() {
        WidgetFinder find = ui.find(window.shell);
        assertSame(window.apply, find.withText(Button.class, "Apply"));
        assertSame(window.name, find.withLabel(Text.class, "Name"));
        assertSame(window.apply, find.withTooltip(Button.class, "Apply the name"));
        assertSame(window.apply, find.withId(Button.class, "apply-button"));
        assertSame(window.shell, ui.shell("Driver Test Window"));
    }

    @Test
    void readsTheNameThatAccessibleListenersGive() {
        assertNull(ui.onUi(() -> AccessibleNames.of(window.name)), "nothing names the field yet");
        ui.onUi(() -> window.name.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                event.result = event.childID == ACC.CHILDID_SELF ? "Volume name" : null;
            }
        }));
        assertEquals("Volume name", ui.onUi(() -> AccessibleNames.of(window.name)));
    }

    @Test
    void typesAndClicksWithRealInput() {
        String typed = "Vol-01_a;b $(x) 'Q'";
        ui.input().typeInto(window.name, typed);
        ui.waitUntil("the typed text", () -> typed.equals(window.name.getText()));

        ui.input().click(window.apply);
        ui.waitUntil("the button to be pressed", () -> window.events.contains("apply:" + typed));
    }

    @Test
    void pressesKeysWithModifiers() {
        ui.input().typeInto(window.name, "");
        ui.input().press(SWT.F5);
        ui.input().press(SWT.CTRL, 'k');
        ui.waitUntil("both key presses", () -> window.events.containsAll(List.of("F5", "Ctrl+K")));
    }

    @Test
    void dragsAndDrops() {
        ui.input().dragAndDrop(ui.onUi(() -> Input.center(window.dragSource)), ui.onUi(() -> Input.center(window.dropTarget)));
        ui.waitUntil("the drop", () -> window.events.contains("dropped:vol-1"));
    }

    @Test
    void dragsAndDropsWithTheSystemPointer() {
        SystemPointer pointer = ui.pointer();
        try {
            pointer.press(window.dragSource);
            pointer.moveTo(window.dropTarget);
            ui.waitUntil("GTK's drag to reach the target", () -> window.events.contains("drag-over"));
        } finally {
            pointer.release();
        }
        ui.waitUntil("the drop", () -> window.events.contains("dropped:vol-1"));
    }

    @Test
    void dragsATreeItemWithTheSystemPointer() {
        TreeItem pool = ui.trees().expand(window.tree, "Cluster", "Pool A");
        SystemPointer pointer = ui.pointer();
        try {
            pointer.press(pool);
            pointer.moveTo(window.dropTarget);
            ui.waitUntil("GTK's drag to reach the target", () -> window.events.contains("drag-over"));
        } finally {
            pointer.release();
        }
        ui.waitUntil("the drop", () -> window.events.contains("dropped:Pool A"));
    }

    @Test
    void expandsLazyTreesAndReadsThem() {
        assertEquals(List.of("Cluster"), ui.trees().topLevel(window.tree));
        TreeItem pool = ui.trees().expand(window.tree, "Cluster", "Pool A");
        assertEquals(List.of("vol-1 (8 GiB)"), ui.trees().children(pool));
        assertEquals(List.of("Cluster", "Cluster/Pool A", "Cluster/Pool A/vol-1 (8 GiB)", "Cluster/Pool B"),
            ui.trees().visiblePaths(window.tree));
        assertTrue(window.events.contains("children-of:Pool A"), "the viewer was asked for children lazily");

        ui.input().click(pool);
        ui.waitUntil("the clicked item to be selected",
            () -> window.tree.getSelectionCount() == 1 && window.tree.getSelection()[0] == pool);
    }

    @Test
    void readsTables() {
        assertEquals(List.of("Volume", "Size"), ui.tables().headers(window.table));
        assertEquals(List.of(List.of("vol-1", "8 GiB"), List.of("vol-2", "16 GiB")), ui.tables().rows(window.table));
        assertEquals(List.of("8 GiB", "16 GiB"), ui.tables().column(window.table, "Size"));
    }

    @Test
    void readsAndAnswersModalDialogs() {
        int[] answer = {-1};
        ui.trigger("a question", () -> answer[0] = new MessageDialog(window.shell, "Remove Volume", null,
            "Remove the volume vol-1?", MessageDialog.QUESTION, 0, "Remove", "Cancel").open());
        Shell dialog = ui.shell("Remove Volume");
        assertTrue(ui.dialogs().messages(dialog).contains("Remove the volume vol-1?"), ui.dialogs().messages(dialog).toString());
        // GTK puts the default button last, so compare without order
        assertEquals(Set.of("Remove", "Cancel"), Set.copyOf(ui.dialogs().buttons(dialog)));
        ui.dialogs().close(dialog, "Cancel");
        ui.waitUntil("the dialog's answer", () -> answer[0] == 1);
    }

    @Test
    void selectsMenuItems() {
        assertEquals(List.of("Refresh"), ui.menus().labels(window.shell, "File"));
        ui.menus().select(window.shell, "File", "Refresh");
        ui.waitUntil("the menu action", () -> window.events.contains("menu:refresh"));
    }

    @Test
    void savesScreenshotsOnRequest() throws Exception {
        Path file = ui.screenshot("driver-self-test");
        assertTrue(Files.size(file) > 1000, "a PNG with content");
        ImageData picture = new ImageData(file.toString());
        assertEquals((int) ui.onUi(() -> ui.display().getBounds().width), picture.width);
    }

    @Test
    void waitingGivesUpWithTheReason() {
        UiDriver impatient = ui.withTimeout(Duration.ofMillis(300));
        AssertionError error = assertThrows(AssertionError.class,
            () -> impatient.waitUntil("a condition that never holds", () -> false));
        assertTrue(error.getMessage().contains("a condition that never holds"), error.getMessage());
    }

    @Test
    void reportsAFrozenUiThreadInsteadOfHanging() {
        CountDownLatch release = new CountDownLatch(1);
        ui.display().asyncExec(() -> awaitQuietly(release));
        try {
            UiDriver impatient = ui.withTimeout(Duration.ofMillis(300));
            AssertionError error = assertThrows(AssertionError.class, () -> impatient.onUi(() -> "never"));
            assertTrue(error.getMessage().contains("did not answer"), error.getMessage());
            assertTrue(error.getMessage().contains("awaitQuietly"), "names where the UI thread is stuck");
        } finally {
            release.countDown();
        }
        assertEquals("answers again", ui.onUi(() -> "answers again"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void refusesToWaitOnTheUiThread() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
            () -> ui.onUi(() -> ui.waitUntil("anything", () -> true)));
        assertTrue(error.getMessage().contains("useUIThread=false"), error.getMessage());
    }
}
