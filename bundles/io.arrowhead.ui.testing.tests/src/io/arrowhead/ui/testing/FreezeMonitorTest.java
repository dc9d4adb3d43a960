package io.arrowhead.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A UI-thread event that blocks is measured, and its cause is named from the UI thread's stack samples. */
class FreezeMonitorTest {

    private final UiDriver ui = new UiDriver();

    @Test
    void theLongestEventIsMeasuredAndItsBlockingMethodNamed() throws Exception {
        try (FreezeMonitor freezes = FreezeMonitor.start(ui.display())) {
            ui.settle();
            freezes.reset();
            ui.onUi(FreezeMonitorTest::holdTheUiThreadForAWhile);
            ui.settle();
            long longest = freezes.longestMillis();
            String cause = freezes.longestCause();

            // A probe is posted every few milliseconds, so the first one may arrive some way into the event.
            assertTrue(longest >= 250, "a 300 ms event shows as most of that: " + longest);
            assertTrue(cause.contains("FreezeMonitorTest.holdTheUiThreadForAWhile"), cause);

            freezes.reset();
            assertEquals(0, freezes.longestMillis());
            assertEquals("", freezes.longestCause(), "a new span has no cause yet");
        }
    }

    @Test
    void aClickOnATreeWithADragSourceReleasesTheButtonWhileSwtWatchesForADrag() throws Exception {
        TestWindow window = ui.onUi(() -> new TestWindow(ui.display()));
        try (FreezeMonitor freezes = FreezeMonitor.start(ui.display())) {
            ui.waitUntil("the test window to be visible", () -> window.shell.isVisible());
            var cluster = ui.onUi(() -> window.tree.getItem(0));
            ui.settle();
            freezes.reset();
            ui.input().click(cluster);
            ui.waitUntil("the item to be selected", () -> window.tree.getSelectionCount() == 1);
            String cause = freezes.longestCause();
            assertFalse(cause.contains("dragDetect"), "the UI thread waited for the release in drag detection: "
                + cause);
        } finally {
            ui.onUi(window::close);
        }
    }

    private static void holdTheUiThreadForAWhile() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
