package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.Link;
import io.arrowhead.scaleio.client.model.VTree;

/** {@link VTree}: one reader per answer (see {@link FieldSequence}). */
final class VTreeReader {

    private final FieldSequence fields = new FieldSequence();
    private final LinkReader linkReader = new LinkReader();
    /** Pool ids repeat from VTree to VTree. */
    private final TextPool repeated = new TextPool();

    VTree vtree(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, VTree.class);
        }
        String id = null, name = null, baseVolumeId = null, storagePoolId = null;
        List<Link> links = null;
        for (String field = fields.next(parser); field != null; field = fields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "id" -> id = Values.text(parser);
                case "name" -> name = Values.text(parser);
                case "baseVolumeId" -> baseVolumeId = Values.text(parser);
                case "storagePoolId" -> storagePoolId = repeated.text(parser);
                case "links" -> links = linkReader.list(parser);
                default -> parser.skipChildren();
            }
        }
        return new VTree(id, name, baseVolumeId, storagePoolId, links);
    }
}
