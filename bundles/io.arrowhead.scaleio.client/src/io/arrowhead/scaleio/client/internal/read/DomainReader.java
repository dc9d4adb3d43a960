package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.FaultSet;
import io.arrowhead.scaleio.client.model.Link;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.StoragePool;

/** {@link ProtectionDomain}, {@link StoragePool} and {@link FaultSet}; see {@link SystemReader} for why by hand. */
final class DomainReader {

    private final FieldSequence domainFields = new FieldSequence();
    private final FieldSequence poolFields = new FieldSequence();
    private final FieldSequence faultSetFields = new FieldSequence();
    private final LinkReader linkReader = new LinkReader();

    ProtectionDomain domain(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, ProtectionDomain.class);
        }
        String id = null, name = null, systemId = null, protectionDomainState = null;
        Long rebuildLimit = null, rebalanceLimit = null, overallIoLimit = null;
        Boolean rebuildLimited = null, rebalanceLimited = null, overallIoLimited = null, rfcacheEnabled = null;
        List<Link> links = null;
        for (String field = domainFields.next(parser); field != null; field = domainFields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "id" -> id = Values.text(parser);
                case "name" -> name = Values.text(parser);
                case "systemId" -> systemId = Values.text(parser);
                case "protectionDomainState" -> protectionDomainState = Values.text(parser);
                case "rebuildNetworkThrottlingInKbps" -> rebuildLimit = Values.wholeNumber(parser);
                case "rebuildNetworkThrottlingEnabled" -> rebuildLimited = Values.bool(parser);
                case "rebalanceNetworkThrottlingInKbps" -> rebalanceLimit = Values.wholeNumber(parser);
                case "rebalanceNetworkThrottlingEnabled" -> rebalanceLimited = Values.bool(parser);
                case "overallIoNetworkThrottlingInKbps" -> overallIoLimit = Values.wholeNumber(parser);
                case "overallIoNetworkThrottlingEnabled" -> overallIoLimited = Values.bool(parser);
                case "rfcacheEnabled" -> rfcacheEnabled = Values.bool(parser);
                case "links" -> links = linkReader.list(parser);
                default -> parser.skipChildren();
            }
        }
        return new ProtectionDomain(id, name, systemId, protectionDomainState, rebuildLimit, rebuildLimited,
                rebalanceLimit, rebalanceLimited, overallIoLimit, overallIoLimited, rfcacheEnabled, links);
    }

    StoragePool pool(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, StoragePool.class);
        }
        String id = null, name = null, protectionDomainId = null, mediaType = null, dataLayout = null;
        String compressionMethod = null;
        Integer sparePercentage = null, capacityAlertHighThreshold = null, capacityAlertCriticalThreshold = null;
        Boolean zeroPaddingEnabled = null, useRmcache = null, useRfcache = null, checksumEnabled = null;
        Boolean rebuildEnabled = null, rebalanceEnabled = null;
        List<Link> links = null;
        for (String field = poolFields.next(parser); field != null; field = poolFields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "id" -> id = Values.text(parser);
                case "name" -> name = Values.text(parser);
                case "protectionDomainId" -> protectionDomainId = Values.text(parser);
                case "sparePercentage" -> sparePercentage = Values.integer(parser);
                case "zeroPaddingEnabled" -> zeroPaddingEnabled = Values.bool(parser);
                case "useRmcache" -> useRmcache = Values.bool(parser);
                case "useRfcache" -> useRfcache = Values.bool(parser);
                case "checksumEnabled" -> checksumEnabled = Values.bool(parser);
                case "rebuildEnabled" -> rebuildEnabled = Values.bool(parser);
                case "rebalanceEnabled" -> rebalanceEnabled = Values.bool(parser);
                case "capacityAlertHighThreshold" -> capacityAlertHighThreshold = Values.integer(parser);
                case "capacityAlertCriticalThreshold" -> capacityAlertCriticalThreshold = Values.integer(parser);
                case "mediaType" -> mediaType = Values.text(parser);
                case "dataLayout" -> dataLayout = Values.text(parser);
                case "compressionMethod" -> compressionMethod = Values.text(parser);
                case "links" -> links = linkReader.list(parser);
                default -> parser.skipChildren();
            }
        }
        return new StoragePool(id, name, protectionDomainId, sparePercentage, zeroPaddingEnabled, useRmcache,
                useRfcache, checksumEnabled, rebuildEnabled, rebalanceEnabled, capacityAlertHighThreshold,
                capacityAlertCriticalThreshold, mediaType, dataLayout, compressionMethod, links);
    }

    FaultSet faultSet(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, FaultSet.class);
        }
        String id = null, name = null, protectionDomainId = null;
        List<Link> links = null;
        for (String field = faultSetFields.next(parser); field != null; field = faultSetFields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "id" -> id = Values.text(parser);
                case "name" -> name = Values.text(parser);
                case "protectionDomainId" -> protectionDomainId = Values.text(parser);
                case "links" -> links = linkReader.list(parser);
                default -> parser.skipChildren();
            }
        }
        return new FaultSet(id, name, protectionDomainId, links);
    }
}
