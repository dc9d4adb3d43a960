package io.arrowhead.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.model.ClusterNode;
import io.arrowhead.ui.model.MappedVolumeNode;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.SdsNode;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Which nodes to expand after the filter changed so that matches come into view: the containers down to each
 * match, in tree order, until about {@code limit} matches show. A matching volume or SDC stays closed; one that only
 * holds matches (a volume with a matching snapshot, an SDC with matching volumes) opens. Free of SWT, for tests.
 */
public final class MatchExpansion {

    private final NavigatorChildren children;
    private final int limit;
    private final List<List<Object>> paths = new ArrayList<>();
    private int shown;

    private MatchExpansion(NavigatorChildren children, int limit) {
        this.children = children;
        this.limit = limit;
    }

    /** Tree paths, from the Gateways node down, of the nodes to expand; parents come before their children. */
    public static List<List<Object>> paths(NavigatorChildren children, List<GatewayConnection> connections,
        int limit) {
        MatchExpansion expansion = new MatchExpansion(children, limit);
        GatewaysNode gateways = NavigatorRoot.INSTANCE.gateways();
        expansion.paths.add(List.of(gateways));
        for (GatewayConnection connection : connections) {
            if (expansion.shown >= limit) {
                break;
            }
            if (children.hasChildren(connection)) {
                expansion.expand(List.of(gateways, connection), connection);
            }
        }
        return expansion.paths;
    }

    private void expand(List<Object> path, Object node) {
        paths.add(path);
        for (Object child : children.children(node)) {
            if (shown >= limit) {
                return;
            }
            if (isMatch(child)) {
                shown++;
            }
            if (shouldOpen(child)) {
                List<Object> childPath = new ArrayList<>(path);
                childPath.add(child);
                expand(childPath, child);
            }
        }
    }

    private boolean isMatch(Object element) {
        if (!(element instanceof ClusterNode node)) {
            return false;
        }
        ClusterView view = children.view(node.connection());
        return view != null && switch (node) {
            case VolumeNode volume -> view.isVolumeMatch(volume.id());
            case MappedVolumeNode mapped -> view.isVolumeMatch(mapped.volumeId());
            case SdcNode sdc -> view.isSdcMatch(sdc.id());
            case SdsNode sds -> view.isSdsMatch(sds.id());
            default -> false;
        };
    }

    private boolean shouldOpen(Object element) {
        return switch (element) {
            case VolumeNode volume -> !isMatch(volume) && children.hasChildren(volume);
            case SdcNode sdc -> !isMatch(sdc) && children.hasChildren(sdc);
            case MappedVolumeNode mapped -> false;
            case SdsNode sds -> false;
            case ClusterNode node -> children.hasChildren(node);
            default -> false;
        };
    }
}
