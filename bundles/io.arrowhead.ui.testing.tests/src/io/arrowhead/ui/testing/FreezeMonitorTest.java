package io.arrowhead.ui.testing;

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
            // The probe thread records the delay once its task ran; on a loaded machine that may come a little
            // later. A probe is posted every few milliseconds, so the first may arrive some way into the event.
            ui.waitUntil("the 300 ms event to be measured and its cause named", () -> freezes.longestMillis() >= 250
                && freezes.longestCause().contains("FreezeMonitorTest.holdTheUiThreadForAWhile"));
            assertTrue(freezes.longestMillis() < 5_000, "one event measured: " + freezes.longestMillis());

            freezes.reset();
            // a probe posted just before the reset may still record its short wait
            assertTrue(freezes.longestMillis() < 250, "the long event is forgotten: " + freezes.longestMillis());
            assertFalse(freezes.longestCause().contains("holdTheUiThreadForAWhile"), "a new span has another cause");
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
