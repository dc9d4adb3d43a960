package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import io.arrowhead.ui.testing.UiDriver;

/** A window without a saved layout is maximised once; one restored from the saved layout keeps its size. */
class WindowPlacementTest {

    private final UiDriver ui = new UiDriver();

    @Test
    void aWindowWithoutSavedLayoutIsMaximisedAndTagged() {
        MWindow model = MBasicFactory.INSTANCE.createTrimmedWindow();
        assertTrue(ui.onUi(() -> {
            Shell shell = new Shell(ui.display());
            try {
                ArrowheadWindowAdvisor.placeOnFirstStart(model, shell);
                return shell.getMaximized();
            } finally {
                shell.dispose();
            }
        }));
        assertEquals(List.of(ArrowheadWindowAdvisor.PLACED_TAG), model.getTags());
    }

    @Test
    void aWindowRestoredFromTheSavedLayoutIsLeftAsItWas() {
        MWindow model = MBasicFactory.INSTANCE.createTrimmedWindow();
        model.getTags().add(ArrowheadWindowAdvisor.PLACED_TAG);
        assertFalse(ui.onUi(() -> {
            Shell shell = new Shell(ui.display());
            try {
                shell.setSize(900, 600);
                ArrowheadWindowAdvisor.placeOnFirstStart(model, shell);
                return shell.getMaximized();
            } finally {
                shell.dispose();
            }
        }));
    }
}
