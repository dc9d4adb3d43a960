package io.arrowhead.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Widget;

/**
 * Finds widgets under one root by visible text, by the label in front of them, by tooltip, or by id. Every lookup
 * waits until exactly one matching widget exists, so tests need not know when a dialog finished building. The
 * widgets returned may only be touched on the UI thread, through {@link UiDriver#onUi}.
 */
public final class WidgetFinder {

    private final UiDriver driver;
    private final Composite root;

    WidgetFinder(UiDriver driver, Composite root) {
        this.driver = driver;
        this.root = Objects.requireNonNull(root);
    }

    /** A widget whose text, without mnemonics and trailing colon, equals the given text. */
    public <W extends Widget> W withText(Class<W> type, String text) {
        return unique(type, "text '" + text + "'", widget -> text.equals(WidgetTexts.plain(WidgetTexts.of(widget))));
    }

    /** The control that follows a label with the given text, as in a form ("Name:" then a text field). */
    public <W extends Control> W withLabel(Class<W> type, String label) {
        return unique(type, "label '" + label + "'", widget -> {
            Control previous = previousSibling(widget);
            return previous instanceof Label l && label.equals(WidgetTexts.plain(l.getText()));
        });
    }

    public <W extends Widget> W withTooltip(Class<W> type, String tooltip) {
        return unique(type, "tooltip '" + tooltip + "'", widget -> tooltip.equals(WidgetTexts.tooltip(widget)));
    }

    public <W extends Widget> W withId(Class<W> type, String id) {
        return unique(type, "id '" + id + "'", widget -> id.equals(widget.getData(UiDriver.WIDGET_ID_KEY)));
    }

    /** Every widget of the type under the root, without waiting. */
    public <W extends Widget> List<W> all(Class<W> type) {
        return driver.onUi(() -> allNow(type));
    }

    private <W extends Widget> List<W> allNow(Class<W> type) {
        List<W> found = new ArrayList<>();
        for (Widget widget : WidgetTree.descendants(root)) {
            if (type.isInstance(widget)) {
                found.add(type.cast(widget));
            }
        }
        return found;
    }

    private <W extends Widget> W unique(Class<W> type, String description, Predicate<W> matches) {
        String what = "one " + type.getSimpleName() + " with " + description + " in " + driver.onUi(() -> WidgetTexts.describe(root));
        return driver.waitFor(what, () -> {
            if (root.isDisposed()) {
                throw new AssertionError(WidgetTexts.describe(root) + " was closed while looking for " + description);
            }
            List<W> matching = allNow(type).stream().filter(w -> !w.isDisposed() && matches.test(w)).toList();
            return matching.size() == 1 ? matching.get(0) : null;
        });
    }

    private static Control previousSibling(Widget widget) {
        if (!(widget instanceof Control control) || control.getParent() == null) {
            return null;
        }
        Control[] siblings = control.getParent().getChildren();
        for (int i = 1; i < siblings.length; i++) {
            if (siblings[i] == control) {
                return siblings[i - 1];
            }
        }
        return null;
    }
}
