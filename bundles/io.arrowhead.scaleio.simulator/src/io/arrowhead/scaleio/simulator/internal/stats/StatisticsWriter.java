package io.arrowhead.scaleio.simulator.internal.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Streams statistics answers with Jackson's generator. Writers are resolved once per selection and no tree is
 * built, so a query over every volume of a large system costs one pass and little garbage.
 */
final class StatisticsWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private StatisticsWriter() {
    }

    /** Every statistic of one object, flat, in catalogue order. */
    static byte[] everyStatistic(StatisticsContext context, StatisticsType<?> type, String id) {
        List<String> properties = List.copyOf(type.propertyNames());
        return write(out -> writeObject(context, type, id, properties, out));
    }

    /** The global form's answer: {@code {"<Type>":{"<id>":{...}},"System":{...}}}. */
    static byte[] byType(StatisticsContext context, List<Selection> selections) {
        return write(out -> {
            out.writeStartObject();
            for (Selection selection : selections) {
                out.writeFieldName(selection.type().wireName());
                writeSelection(context, selection.type(), selection, out);
            }
            out.writeEndObject();
        });
    }

    /** The per-type form's answer: {@code {"<id>":{...}}}, or one flat object for the system. */
    static byte[] byId(StatisticsContext context, Selection selection) {
        return write(out -> writeSelection(context, selection.type(), selection, out));
    }

    private static <S> void writeSelection(StatisticsContext context, StatisticsType<S> type, Selection selection,
            JsonGenerator out) throws IOException {
        if (type.isSystem()) {
            writeObject(context, type, selection.ids().get(0), selection.properties(), out);
            return;
        }
        List<StatisticWriter<S>> writers = writersOf(type, selection.properties());
        out.writeStartObject();
        for (String id : selection.ids()) {
            out.writeFieldName(id);
            writeObject(type.subject(context, id), selection.properties(), writers, out);
        }
        out.writeEndObject();
    }

    private static <S> void writeObject(StatisticsContext context, StatisticsType<S> type, String id,
            List<String> properties, JsonGenerator out) throws IOException {
        writeObject(type.subject(context, id), properties, writersOf(type, properties), out);
    }

    private static <S> void writeObject(S subject, List<String> properties, List<StatisticWriter<S>> writers,
            JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (int i = 0; i < writers.size(); i++) {
            out.writeFieldName(properties.get(i));
            writers.get(i).write(subject, out);
        }
        out.writeEndObject();
    }

    private static <S> List<StatisticWriter<S>> writersOf(StatisticsType<S> type, List<String> properties) {
        List<StatisticWriter<S>> writers = new ArrayList<>(properties.size());
        for (String property : properties) {
            writers.add(type.writer(property));
        }
        return writers;
    }

    private interface Body {
        void writeTo(JsonGenerator out) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
