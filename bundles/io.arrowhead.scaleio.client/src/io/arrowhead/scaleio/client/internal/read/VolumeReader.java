package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.Link;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;

/** {@link Volume} and its {@link MappedSdcInfo}: one reader per answer (see {@link FieldSequence}). */
final class VolumeReader {

    /**
     * Each spelling of a volume type as databind read it; a few are all a gateway uses. The gateway's own spellings
     * are known from the start, so that the first list does not wait for databind to look at the enum.
     */
    private static final Map<String, VolumeType> VOLUME_TYPES = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_SPELLINGS = 64;

    static {
        for (VolumeType type : VolumeType.values()) {
            VOLUME_TYPES.put(type.wireName(), type);
        }
    }

    private final FieldSequence volumeFields = new FieldSequence();
    private final FieldSequence mappingFields = new FieldSequence();
    private final LinkReader linkReader = new LinkReader();
    /** Pool ids, modes and the mapped SDCs repeat from volume to volume. */
    private final TextPool repeated = new TextPool();

    Volume volume(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, Volume.class);
        }
        String id = null, name = null, storagePoolId = null, vtreeId = null, ancestorVolumeId = null;
        String consistencyGroupId = null, accessModeLimit = null, dataLayout = null, compressionMethod = null;
        Long creationTime = null;
        long sizeInKb = 0;
        VolumeType volumeType = null;
        Boolean useRmcache = null, isObfuscated = null, mappingToAllSdcsEnabled = null;
        List<MappedSdcInfo> mappedSdcInfo = null;
        List<Link> links = null;
        for (String field = volumeFields.next(parser); field != null; field = volumeFields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "id" -> id = Values.text(parser);
                case "name" -> name = Values.text(parser);
                case "storagePoolId" -> storagePoolId = repeated.text(parser);
                case "vtreeId" -> vtreeId = Values.text(parser);
                case "creationTime" -> creationTime = Values.wholeNumber(parser);
                case "sizeInKb" -> sizeInKb = Values.primitiveLong(parser);
                case "volumeType" -> volumeType = volumeType(parser);
                case "ancestorVolumeId" -> ancestorVolumeId = Values.text(parser);
                case "consistencyGroupId" -> consistencyGroupId = Values.text(parser);
                case "accessModeLimit" -> accessModeLimit = repeated.text(parser);
                case "useRmcache" -> useRmcache = Values.bool(parser);
                case "isObfuscated" -> isObfuscated = Values.bool(parser);
                case "mappingToAllSdcsEnabled" -> mappingToAllSdcsEnabled = Values.bool(parser);
                case "mappedSdcInfo" -> mappedSdcInfo = Values.list(parser, this::mapping, MappedSdcInfo.class);
                case "dataLayout" -> dataLayout = repeated.text(parser);
                case "compressionMethod" -> compressionMethod = repeated.text(parser);
                case "links" -> links = linkReader.list(parser);
                default -> parser.skipChildren();
            }
        }
        return new Volume(id, name, storagePoolId, vtreeId, creationTime, sizeInKb, volumeType, ancestorVolumeId,
                consistencyGroupId, accessModeLimit, useRmcache, isObfuscated, mappingToAllSdcsEnabled, mappedSdcInfo,
                dataLayout, compressionMethod, links);
    }

    MappedSdcInfo mapping(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, MappedSdcInfo.class);
        }
        String sdcId = null, sdcIp = null, sdcName = null, accessMode = null;
        Long limitIops = null, limitBwInMbps = null;
        Boolean isDirectBufferMapping = null;
        for (String field = mappingFields.next(parser); field != null; field = mappingFields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "sdcId" -> sdcId = repeated.text(parser);
                case "sdcIp" -> sdcIp = repeated.text(parser);
                case "sdcName" -> sdcName = repeated.text(parser);
                case "limitIops" -> limitIops = Values.wholeNumber(parser);
                case "limitBwInMbps" -> limitBwInMbps = Values.wholeNumber(parser);
                case "accessMode" -> accessMode = repeated.text(parser);
                case "isDirectBufferMapping" -> isDirectBufferMapping = Values.bool(parser);
                default -> parser.skipChildren();
            }
        }
        return new MappedSdcInfo(sdcId, sdcIp, sdcName, limitIops, limitBwInMbps, accessMode, isDirectBufferMapping);
    }

    /** In any case, unknown spellings as {@link VolumeType#UNKNOWN}: databind decides once per spelling. */
    private static VolumeType volumeType(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return parser.currentToken() == JsonToken.VALUE_NULL ? null : Json.databind(parser, VolumeType.class);
        }
        String spelling = parser.getText();
        VolumeType known = VOLUME_TYPES.get(spelling);
        if (known != null) {
            return known;
        }
        VolumeType read = Json.databind(parser, VolumeType.class);
        if (read != null && VOLUME_TYPES.size() < MAX_REMEMBERED_SPELLINGS) {
            VOLUME_TYPES.put(spelling, read);
        }
        return read;
    }
}
