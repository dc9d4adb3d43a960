package io.arrowhead.ui.internal.navigator;

import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

import io.arrowhead.core.ClusterModel;

/**
 * The navigator's filter text and what it leaves of each model. The content provider asks it for a
 * {@link ClusterView} instead of the viewer filtering elements, so that a filter over tens of thousands of volumes
 * costs one pass per model rather than a label and a test per tree item. Used on the UI thread only.
 */
public final class NavigatorFilter {

    private String text = "";
    private String needle = "";
    /** Keyed by model identity; a reload brings a new model, and the old entry goes with the old model. */
    private final Map<ClusterModel, ClusterView> views = new WeakHashMap<>();

    public String text() {
        return text;
    }

    /** Sets the filter text, surrounding blanks ignored; answers whether that changed anything. */
    public boolean setText(String newText) {
        String stripped = newText == null ? "" : newText.strip();
        if (stripped.equals(text)) {
            return false;
        }
        text = stripped;
        needle = stripped.toLowerCase(Locale.ROOT);
        views.clear();
        return true;
    }

    public boolean isActive() {
        return !needle.isEmpty();
    }

    /**
     * Whether an object with this name and id passes: the name contains the text, or the id starts with it, both
     * ignoring case. Ids are hex numbers, so a substring of one would match almost anything.
     */
    public boolean matches(String name, String id) {
        if (!isActive()) {
            return true;
        }
        return name != null && name.toLowerCase(Locale.ROOT).contains(needle)
            || id != null && id.toLowerCase(Locale.ROOT).startsWith(needle);
    }

    /** The part of the model to show under the current text. */
    public ClusterView view(ClusterModel model) {
        if (!isActive()) {
            return ClusterView.of(model);
        }
        return views.computeIfAbsent(model, m -> new FilteredClusterView(m, this));
    }
}
