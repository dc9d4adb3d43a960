package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.Link;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.SdsIp;

/** {@link Sds} and its {@link SdsIp}: one reader per answer (see {@link FieldSequence}). */
final class SdsReader {

    private final FieldSequence sdsFields = new FieldSequence();
    private final FieldSequence addressFields = new FieldSequence();
    private final LinkReader linkReader = new LinkReader();

    Sds sds(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, Sds.class);
        }
        String id = null, name = null, protectionDomainId = null, faultSetId = null, sdsState = null;
        String membershipState = null, mdmConnectionState = null, maintenanceState = null, softwareVersionInfo = null;
        List<SdsIp> ipList = null;
        Integer port = null;
        List<Link> links = null;
        for (String field = sdsFields.next(parser); field != null; field = sdsFields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "id" -> id = Values.text(parser);
                case "name" -> name = Values.text(parser);
                case "protectionDomainId" -> protectionDomainId = Values.text(parser);
                case "faultSetId" -> faultSetId = Values.text(parser);
                case "ipList" -> ipList = Values.list(parser, this::address, SdsIp.class);
                case "port" -> port = Values.integer(parser);
                case "sdsState" -> sdsState = Values.text(parser);
                case "membershipState" -> membershipState = Values.text(parser);
                case "mdmConnectionState" -> mdmConnectionState = Values.text(parser);
                case "maintenanceState" -> maintenanceState = Values.text(parser);
                case "softwareVersionInfo" -> softwareVersionInfo = Values.text(parser);
                case "links" -> links = linkReader.list(parser);
                default -> parser.skipChildren();
            }
        }
        return new Sds(id, name, protectionDomainId, faultSetId, ipList, port, sdsState, membershipState,
                mdmConnectionState, maintenanceState, softwareVersionInfo, links);
    }

    SdsIp address(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, SdsIp.class);
        }
        String ip = null;
        String role = null;
        for (String field = addressFields.next(parser); field != null; field = addressFields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "ip" -> ip = Values.text(parser);
                case "role" -> role = Values.text(parser);
                default -> parser.skipChildren();
            }
        }
        return new SdsIp(ip, role);
    }
}
