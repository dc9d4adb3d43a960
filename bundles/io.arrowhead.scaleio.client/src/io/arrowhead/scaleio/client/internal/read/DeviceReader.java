package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.Link;

/** {@link Device}: one reader per answer (see {@link FieldSequence}). */
final class DeviceReader {

    private final FieldSequence fields = new FieldSequence();
    private final LinkReader linkReader = new LinkReader();

    Device device(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, Device.class);
        }
        String id = null, name = null, sdsId = null, storagePoolId = null, deviceCurrentPathName = null;
        String deviceOriginalPathName = null, deviceState = null, errorState = null, mediaType = null;
        Long capacityLimitInKb = null, maxCapacityInKb = null;
        List<Link> links = null;
        for (String field = fields.next(parser); field != null; field = fields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "id" -> id = Values.text(parser);
                case "name" -> name = Values.text(parser);
                case "sdsId" -> sdsId = Values.text(parser);
                case "storagePoolId" -> storagePoolId = Values.text(parser);
                case "deviceCurrentPathName" -> deviceCurrentPathName = Values.text(parser);
                case "deviceOriginalPathName" -> deviceOriginalPathName = Values.text(parser);
                case "deviceState" -> deviceState = Values.text(parser);
                case "errorState" -> errorState = Values.text(parser);
                case "capacityLimitInKb" -> capacityLimitInKb = Values.wholeNumber(parser);
                case "maxCapacityInKb" -> maxCapacityInKb = Values.wholeNumber(parser);
                case "mediaType" -> mediaType = Values.text(parser);
                case "links" -> links = linkReader.list(parser);
                default -> parser.skipChildren();
            }
        }
        return new Device(id, name, sdsId, storagePoolId, deviceCurrentPathName, deviceOriginalPathName, deviceState,
                errorState, capacityLimitInKb, maxCapacityInKb, mediaType, links);
    }
}
