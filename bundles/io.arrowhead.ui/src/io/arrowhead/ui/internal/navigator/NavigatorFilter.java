package io.arrowhead.ui.internal.navigator;

import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;

/**
 * The navigator's filter text and what it leaves of each gateway's model. The content provider asks it for a
 * {@link ClusterView} instead of the viewer filtering elements, so that a filter over tens of thousands of volumes
 * costs one pass per model rather than a label and a test per tree item. Used on the UI thread only.
 */
public final class NavigatorFilter {

    private String text = "";
    private String needle = "";
    /**
     * The last view of each gateway, kept until its model or the text changes. Keyed by gateway rather than by model
     * so that a view, which holds its model, never keeps an old model alive.
     */
    private final Map<GatewayConnection, ClusterView> views = new WeakHashMap<>();

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

    /** What the tree shows of a gateway's current model, or {@code null} while it has none. */
    public ClusterView view(GatewayConnection connection) {
        ClusterModel model = connection.model();
        if (model == null || !isActive()) {
            return model == null ? null : ClusterView.of(model);
        }
        ClusterView view = views.get(connection);
        if (view == null || view.model() != model) {
            view = new FilteredClusterView(model, this);
            views.put(connection, view);
        }
        return view;
    }

    /** What the current text leaves of a model, worked out afresh on each call. */
    public ClusterView view(ClusterModel model) {
        return isActive() ? new FilteredClusterView(model, this) : ClusterView.of(model);
    }
}
