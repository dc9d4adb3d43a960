package io.arrowhead.scaleio.client.model;

import java.util.List;
import java.util.Optional;

/** An object that carries {@code links}. */
public interface Linked {

    List<Link> links();

    /** The {@code href} of the first link with this {@code rel}. */
    default Optional<String> link(String rel) {
        return links().stream().filter(link -> rel.equals(link.rel())).map(Link::href).findFirst();
    }
}
