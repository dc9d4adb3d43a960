package io.arrowhead.scaleio.simulator.internal.cluster;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * The gateway's answer for an id that names no object of a type. Reads, actions and statistics all answer from
 * {@link ClusterLookup#notFound}, so a client sees one code per type whichever call it made.
 */
public final class NotFoundAnswers {

    private NotFoundAnswers() {
    }

    /** @param wireType a REST type name such as {@code Volume} or {@code StoragePool} */
    public static ApiResponse of(String wireType) {
        return ClusterLookup.notFound(WireType.of(wireType)).response();
    }
}
