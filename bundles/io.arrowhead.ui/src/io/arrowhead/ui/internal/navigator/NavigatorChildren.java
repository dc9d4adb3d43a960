package io.arrowhead.ui.internal.navigator;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.ui.model.ClusterNode;
import io.arrowhead.ui.model.DeviceNode;
import io.arrowhead.ui.model.FolderNode;
import io.arrowhead.ui.model.FolderNode.Kind;
import io.arrowhead.ui.model.MappedVolumeNode;
import io.arrowhead.ui.model.PoolNode;
import io.arrowhead.ui.model.ProtectionDomainNode;
import io.arrowhead.ui.model.RangeNode;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.SdsNode;
import io.arrowhead.ui.model.SystemNode;
import io.arrowhead.ui.model.VolumeNode;

/**
 * The tree below a gateway: children and parents of navigator nodes, read from the gateway's current model through
 * the filter. Long lists (volumes of a pool, snapshots, SDCs, volumes of an SDC) are addressed by index and split
 * into {@link Ranges}, so no call walks more than the slice it returns. Free of SWT, for tests.
 */
public final class NavigatorChildren {

    private final NavigatorFilter filter;

    public NavigatorChildren(NavigatorFilter filter) {
        this.filter = filter;
    }

    public NavigatorFilter filter() {
        return filter;
    }

    /** What the tree shows of a gateway's model, or {@code null} while it has none. */
    public ClusterView view(GatewayConnection connection) {
        return filter.view(connection);
    }

    public List<?> children(Object parent) {
        if (parent instanceof GatewayConnection connection) {
            ClusterView view = view(connection);
            if (view == null || filter.isActive() && view.isEmpty()) {
                return List.of();
            }
            return List.of(new SystemNode(connection, view.model().system().id()));
        }
        if (!(parent instanceof ClusterNode node)) {
            return List.of();
        }
        // One view per call: a disconnect may drop the gateway's model at any moment.
        ClusterView view = view(node.connection());
        if (view == null) {
            return List.of();
        }
        GatewayConnection c = node.connection();
        return switch (node) {
            case SystemNode system -> systemChildren(view, system);
            case FolderNode folder when folder.kind() == Kind.PROTECTION_DOMAINS ->
                map(view.protectionDomains(), d -> new ProtectionDomainNode(c, d.id()));
            case FolderNode folder when folder.kind() == Kind.SDSS ->
                map(view.sdss(folder.parentId()), s -> new SdsNode(c, s.id()));
            case ProtectionDomainNode domain -> domainChildren(view, domain);
            case SdsNode sds -> map(view.devices(sds.id()), d -> new DeviceNode(c, d.id()));
            case RangeNode range -> rangeChildren(view, range);
            case DeviceNode device -> List.of();
            case MappedVolumeNode mapped -> List.of();
            default -> {
                List<ClusterNode> items = items(view, node);
                yield Ranges.children(node, items, 0, items.size());
            }
        };
    }

    public boolean hasChildren(Object element) {
        if (element instanceof RangeNode) {
            return true;
        }
        if (element instanceof ClusterNode node && isRangeOwner(node)) {
            return !items(node).isEmpty();
        }
        return !children(element).isEmpty();
    }

    /**
     * The full list behind a node whose children may be split into ranges, such as all (matching) volumes of a pool.
     * Nodes are made as they are read; other nodes have an empty list.
     */
    public List<ClusterNode> items(ClusterNode owner) {
        ClusterView view = view(owner.connection());
        return view == null ? List.of() : items(view, owner);
    }

    /** The items a range stands for, clamped to the current list in case the model shrank since the range was made. */
    public List<ClusterNode> items(RangeNode range) {
        List<ClusterNode> all = items(Ranges.owner(range));
        int to = Math.min(range.to(), all.size());
        return range.from() >= to ? List.of() : all.subList(range.from(), to);
    }

    public Object parent(Object element) {
        return NavigatorParents.parent(this, element);
    }

    static boolean isRangeOwner(ClusterNode node) {
        return node instanceof PoolNode || node instanceof VolumeNode || node instanceof SdcNode
            || node instanceof FolderNode folder && folder.kind() == Kind.SDCS;
    }

    private static List<ClusterNode> items(ClusterView view, ClusterNode owner) {
        GatewayConnection c = owner.connection();
        return switch (owner) {
            case PoolNode pool -> map(view.volumes(pool.id()), v -> new VolumeNode(c, v.id()));
            case VolumeNode volume -> map(view.snapshots(volume.id()), v -> new VolumeNode(c, v.id()));
            case FolderNode folder when folder.kind() == Kind.SDCS -> map(view.sdcs(), s -> new SdcNode(c, s.id()));
            case SdcNode sdc -> map(view.volumesMappedTo(sdc.id()), v -> new MappedVolumeNode(c, sdc.id(), v.id()));
            default -> List.of();
        };
    }

    private List<?> systemChildren(ClusterView view, SystemNode system) {
        List<ClusterNode> children = new ArrayList<>(2);
        if (!view.protectionDomains().isEmpty() || !filter.isActive()) {
            children.add(new FolderNode(system.connection(), Kind.PROTECTION_DOMAINS, system.id()));
        }
        if (!view.sdcs().isEmpty() || !filter.isActive()) {
            children.add(new FolderNode(system.connection(), Kind.SDCS, system.id()));
        }
        return children;
    }

    private static List<?> domainChildren(ClusterView view, ProtectionDomainNode domain) {
        GatewayConnection c = domain.connection();
        List<ClusterNode> children = new ArrayList<>(map(view.pools(domain.id()), p -> new PoolNode(c, p.id())));
        if (!view.sdss(domain.id()).isEmpty()) {
            children.add(new FolderNode(c, Kind.SDSS, domain.id()));
        }
        return children;
    }

    private static List<?> rangeChildren(ClusterView view, RangeNode range) {
        List<ClusterNode> all = items(view, Ranges.owner(range));
        int to = Math.min(range.to(), all.size());
        return range.from() >= to ? List.of() : Ranges.children(range, all, range.from(), to);
    }

    /** A list of nodes made on access from a model list, so that a slice costs only its own nodes. */
    private static <T> List<ClusterNode> map(List<T> items, Function<T, ClusterNode> node) {
        return new AbstractList<>() {
            @Override
            public ClusterNode get(int index) {
                return node.apply(items.get(index));
            }

            @Override
            public int size() {
                return items.size();
            }
        };
    }
}
