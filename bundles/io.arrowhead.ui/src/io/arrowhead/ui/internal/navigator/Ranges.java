package io.arrowhead.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import io.arrowhead.ui.model.ClusterNode;
import io.arrowhead.ui.model.RangeNode;

/**
 * Splits long child lists into {@link RangeNode}s of at most {@link #MAX_CHILDREN} items, since the Common Navigator
 * builds a tree item for every child of an expanded node. Lists too long for {@value #MAX_CHILDREN} ranges get ranges
 * of ranges, so no level ever holds more than {@value #MAX_CHILDREN} items. Range bounds index the owner's list.
 */
public final class Ranges {

    public static final int MAX_CHILDREN = 500;

    private Ranges() {
    }

    /**
     * The children that show the items {@code [from, to)} of a list under {@code parent}: the items themselves when
     * there are few enough, otherwise ranges of them.
     */
    public static List<? extends ClusterNode> children(ClusterNode parent, List<? extends ClusterNode> items, int from,
        int to) {
        int size = to - from;
        if (size <= MAX_CHILDREN) {
            return items.subList(from, to);
        }
        int chunk = chunkSize(size);
        List<RangeNode> ranges = new ArrayList<>((size + chunk - 1) / chunk);
        for (int start = from; start < to; start += chunk) {
            ranges.add(new RangeNode(parent.connection(), parent, start, Math.min(to, start + chunk)));
        }
        return ranges;
    }

    /** The node the item at {@code index} of an owner's list of {@code size} items appears under. */
    public static ClusterNode parentOf(ClusterNode owner, int size, int index) {
        ClusterNode parent = owner;
        int from = 0;
        int to = size;
        while (to - from > MAX_CHILDREN) {
            int chunk = chunkSize(to - from);
            int start = from + (index - from) / chunk * chunk;
            to = Math.min(to, start + chunk);
            from = start;
            parent = new RangeNode(owner.connection(), parent, from, to);
        }
        return parent;
    }

    /** The node whose list a range slices: the nearest ancestor that is not a range. */
    public static ClusterNode owner(RangeNode range) {
        ClusterNode parent = range.parent();
        while (parent instanceof RangeNode outer) {
            parent = outer.parent();
        }
        return parent;
    }

    /** The smallest power of {@link #MAX_CHILDREN} that splits {@code size} items into no more ranges than that. */
    static int chunkSize(int size) {
        long chunk = MAX_CHILDREN;
        while ((size + chunk - 1) / chunk > MAX_CHILDREN) {
            chunk *= MAX_CHILDREN;
        }
        return (int) Math.min(chunk, Integer.MAX_VALUE);
    }
}
