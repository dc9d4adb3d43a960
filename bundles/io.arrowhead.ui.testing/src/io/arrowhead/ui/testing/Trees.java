package io.arrowhead.ui.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Reads and walks SWT trees, including the lazily filled trees of JFace viewers and the Common Navigator. */
public final class Trees {

    private final UiDriver driver;

    Trees(UiDriver driver) {
        this.driver = driver;
    }

    /** The texts of the items directly under the root. */
    public List<String> topLevel(Tree tree) {
        return driver.onUi(() -> texts(tree.getItems()));
    }

    /** The texts of the children of an item, as far as the tree has created them. */
    public List<String> children(TreeItem item) {
        return driver.onUi(() -> texts(item.getItems()));
    }

    /** Every item the tree shows, as "Parent/Child" paths, depth first, skipping collapsed branches. */
    public List<String> visiblePaths(Tree tree) {
        return driver.onUi(() -> {
            List<String> paths = new ArrayList<>();
            for (TreeItem item : tree.getItems()) {
                collect(item, "", paths);
            }
            return paths;
        });
    }

    /** Waits for an item at the top of the tree whose text starts with the given text. */
    public TreeItem item(Tree tree, String text) {
        return driver.waitFor("an item '" + text + "' in the tree", () -> startingWith(tree.getItems(), text));
    }

    /**
     * Expands the path level by level, as a click on each expander would, waiting for each level's children, and
     * returns the last item. Each segment matches an item whose text starts with it, since labels carry details.
     */
    public TreeItem expand(Tree tree, String... path) {
        TreeItem current = null;
        for (String segment : path) {
            TreeItem parent = current;
            // A parent that had no children when expanded stays collapsed when they come, as for a person.
            current = driver.waitFor("an item '" + segment + "' under " + (parent == null ? "the root" : "its parent"),
                () -> {
                    if (parent != null) {
                        expandOne(parent);
                    }
                    return startingWith(parent == null ? tree.getItems() : parent.getItems(), segment);
                });
            TreeItem item = current;
            driver.onUi(() -> expandOne(item));
        }
        return current;
    }

    /**
     * Like {@link #expand}, but leaves the last item as it is, for an item whose expansion would do something of
     * its own, such as a gateway that connects when opened.
     */
    public TreeItem itemAt(Tree tree, String... path) {
        TreeItem parent = path.length == 1 ? null : expand(tree, Arrays.copyOf(path, path.length - 1));
        String last = path[path.length - 1];
        return driver.waitFor("an item '" + last + "' under " + (parent == null ? "the root" : "its parent"),
            () -> startingWith(parent == null ? tree.getItems() : parent.getItems(), last));
    }

    /** Waits until no item directly under the parent, or at the root, starts with the text. */
    public void awaitAbsent(Tree tree, TreeItem parentOrNull, String text) {
        driver.waitUntil("no item '" + text + "' in the tree",
            () -> startingWith(parentOrNull == null ? tree.getItems() : parentOrNull.getItems(), text) == null);
    }

    /** Selects an item and tells the tree's listeners, as a click would. */
    public void select(TreeItem item) {
        driver.trigger("selecting a tree item", () -> {
            Tree tree = item.getParent();
            tree.setSelection(item);
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Selection, event);
        });
    }

    private static void expandOne(TreeItem item) {
        if (item.getExpanded() || item.getItemCount() == 0) {
            return;
        }
        Event event = new Event();
        event.item = item;
        item.getParent().notifyListeners(SWT.Expand, event);
        item.setExpanded(true);
    }

    private static TreeItem startingWith(TreeItem[] items, String text) {
        return Arrays.stream(items).filter(i -> i.getText().startsWith(text)).findFirst().orElse(null);
    }

    private static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }

    private static void collect(TreeItem item, String prefix, List<String> paths) {
        String path = prefix + item.getText();
        paths.add(path);
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                collect(child, path + "/", paths);
            }
        }
    }
}
