package io.arrowhead.app.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.navigator.CommonNavigator;

import io.arrowhead.ui.internal.navigator.ConsoleNavigator;

/**
 * With {@code -D}{@value #PROPERTY}{@code =FILE}, appends when the main window opened and when the Storage Explorer
 * first showed a gateway's system, as epoch milliseconds, for releng/io.arrowhead.product/start-figures.sh. Without
 * the property it does nothing at all.
 */
final class StartupFigures {

    static final String PROPERTY = "arrowhead.startFigures";
    private static final int POLL_MILLIS = 10;
    private static final int GIVE_UP_POLLS = 60_000 / POLL_MILLIS;

    private final Path file;
    private final IWorkbenchWindow window;
    private int polls;

    private StartupFigures(Path file, IWorkbenchWindow window) {
        this.file = file;
        this.window = window;
    }

    /** Records the window as open and watches the Storage Explorer, if the property asks for figures. */
    static void windowOpened(IWorkbenchWindow window) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        StartupFigures figures = new StartupFigures(Path.of(file), window);
        figures.record("window-opened");
        figures.watchTree(window.getShell().getDisplay());
    }

    private void watchTree(Display display) {
        display.timerExec(POLL_MILLIS, () -> {
            if (window.getShell() == null || window.getShell().isDisposed()) {
                return;
            }
            if (showsASystem()) {
                record("tree-populated");
            } else if (++polls < GIVE_UP_POLLS) {
                watchTree(display);
            }
        });
    }

    /** Whether some gateway under the Gateways node shows a child with text: its ScaleIO system. */
    private boolean showsASystem() {
        IViewPart view = window.getActivePage() == null ? null
            : window.getActivePage().findView(ConsoleNavigator.CONTRIBUTOR_ID);
        if (!(view instanceof CommonNavigator navigator) || navigator.getCommonViewer() == null) {
            return false;
        }
        Tree tree = navigator.getCommonViewer().getTree();
        for (TreeItem root : tree.getItems()) {
            for (TreeItem gateway : root.getItems()) {
                if (gateway.getExpanded() && gateway.getItemCount() > 0 && !gateway.getItem(0).getText().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void record(String event) {
        String line = event + " " + System.currentTimeMillis() + System.lineSeparator();
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            ILog.of(StartupFigures.class).warn("Could not write the start figure to " + file + ": " + e.getMessage());
        }
    }
}
