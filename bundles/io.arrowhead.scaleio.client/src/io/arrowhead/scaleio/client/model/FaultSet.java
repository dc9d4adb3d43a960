package io.arrowhead.scaleio.client.model;

import java.util.List;

/** A fault set: SDSs that may fail together. */
public record FaultSet(String id, String name, String protectionDomainId, List<Link> links) implements Linked {

    public FaultSet {
        links = Lists.orEmpty(links);
    }
}
