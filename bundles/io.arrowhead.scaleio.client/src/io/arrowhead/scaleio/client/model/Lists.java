package io.arrowhead.scaleio.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** List handling shared by the records. */
final class Lists {

    private Lists() {
    }

    /** An unmodifiable copy, empty for {@code null}. Tolerates {@code null} elements, which JSON allows. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
