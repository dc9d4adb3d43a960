package io.arrowhead.ui.testing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Opens menus the way the workbench expects. Native menus cannot be driven through posted events reliably, so
 * each level is sent {@code SWT.Show} (which makes menu managers fill it) and the final item {@code SWT.Selection}.
 */
public final class Menus {

    private final UiDriver driver;

    Menus(UiDriver driver) {
        this.driver = driver;
    }

    /** The labels of a menu-bar menu, after it has been filled: {@code labels(shell, "Help")}. */
    public List<String> labels(Shell shell, String... path) {
        Menu menu = open(shell, path);
        return driver.onUi(() -> Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
            .map(i -> WidgetTexts.plain(i.getText())).toList());
    }

    /** Whether each item of a menu-bar menu is enabled, by label, once the menu has been filled. */
    public Map<String, Boolean> enablement(Shell shell, String... path) {
        Menu menu = open(shell, path);
        return driver.onUi(() -> {
            Map<String, Boolean> enabled = new LinkedHashMap<>();
            for (MenuItem item : menu.getItems()) {
                if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                    enabled.put(WidgetTexts.plain(item.getText()), item.isEnabled());
                }
            }
            return enabled;
        });
    }

    /**
     * Selects the item at the end of a path through the menu bar: {@code select(shell, "Help", "About Arrowhead")}.
     * Returns once the action has run or has opened a dialog.
     */
    public void select(Shell shell, String... path) {
        Menu menu = open(shell, Arrays.copyOf(path, path.length - 1));
        String label = path[path.length - 1];
        MenuItem item = item(menu, label);
        if (!driver.onUi(item::isEnabled)) {
            throw new AssertionError("The menu item '" + label + "' is disabled");
        }
        driver.trigger("the menu item '" + label + "'", () -> {
            menu.notifyListeners(SWT.Hide, null);
            item.notifyListeners(SWT.Selection, null);
        });
    }

    /** Walks down the menu bar and returns the last menu, filled. */
    private Menu open(Shell shell, String... path) {
        Menu current = driver.onUi(shell::getMenuBar);
        for (String label : path) {
            MenuItem item = item(current, label);
            current = driver.onUi(item::getMenu);
            if (current == null) {
                throw new AssertionError("'" + label + "' is not a sub-menu");
            }
            Menu submenu = current;
            driver.onUi(() -> submenu.notifyListeners(SWT.Show, null));
        }
        return current;
    }

    private MenuItem item(Menu menu, String label) {
        return driver.waitFor("a menu item '" + label + "' among " + driver.onUi(() -> Arrays.stream(menu.getItems())
            .map(i -> "'" + WidgetTexts.plain(i.getText()) + "'").toList()), () -> {
            menu.notifyListeners(SWT.Show, null);
            return Arrays.stream(menu.getItems()).filter(i -> label.equals(WidgetTexts.plain(i.getText())))
                .findFirst().orElse(null);
        });
    }
}
