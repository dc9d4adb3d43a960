package io.arrowhead.scaleio.simulator.internal.stats;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes the value of one statistic of one object; the caller has written the field name. */
@FunctionalInterface
interface StatisticWriter<S> {

    void write(S subject, JsonGenerator out) throws IOException;
}
