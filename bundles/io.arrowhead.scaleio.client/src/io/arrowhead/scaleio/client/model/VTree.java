package io.arrowhead.scaleio.client.model;

import java.util.List;

/** A volume tree: a base volume and its snapshots. {@code name} is usually {@code null}. */
public record VTree(String id, String name, String baseVolumeId, String storagePoolId, List<Link> links)
        implements Linked {

    public VTree {
        links = Lists.orEmpty(links);
    }
}
