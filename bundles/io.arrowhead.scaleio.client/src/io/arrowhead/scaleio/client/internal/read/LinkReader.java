package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.Link;

/** The {@code links} of the objects of one answer (see {@link FieldSequence}). */
final class LinkReader {

    private final FieldSequence fields = new FieldSequence();
    private final TextPool rels = new TextPool();

    List<Link> list(JsonParser parser) throws IOException {
        return Values.list(parser, this::link, Link.class);
    }

    /** {@code {"rel": ..., "href": ...}}. */
    Link link(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, Link.class);
        }
        String rel = null;
        String href = null;
        for (String field = fields.next(parser); field != null; field = fields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "rel" -> rel = rels.text(parser);
                case "href" -> href = Values.text(parser);
                default -> parser.skipChildren();
            }
        }
        return new Link(rel, href);
    }
}
