package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.Link;
import io.arrowhead.scaleio.client.model.Sdc;

/** {@link Sdc}: one reader per answer (see {@link FieldSequence}). */
final class SdcReader {

    private final FieldSequence fields = new FieldSequence();
    private final LinkReader linkReader = new LinkReader();
    /** States and versions repeat from SDC to SDC. */
    private final TextPool repeated = new TextPool();

    Sdc sdc(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, Sdc.class);
        }
        String id = null, name = null, sdcGuid = null, sdcIp = null, mdmConnectionState = null, osType = null;
        String perfProfile = null, systemId = null, versionInfo = null, softwareVersionInfo = null;
        String installedSoftwareVersionInfo = null, kernelVersion = null;
        List<String> sdcIps = null;
        Boolean sdcApproved = null;
        List<Link> links = null;
        for (String field = fields.next(parser); field != null; field = fields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "id" -> id = Values.text(parser);
                case "name" -> name = Values.text(parser);
                case "sdcGuid" -> sdcGuid = Values.text(parser);
                case "sdcIp" -> sdcIp = Values.text(parser);
                case "sdcIps" -> sdcIps = Values.texts(parser);
                case "sdcApproved" -> sdcApproved = Values.bool(parser);
                case "mdmConnectionState" -> mdmConnectionState = repeated.text(parser);
                case "osType" -> osType = repeated.text(parser);
                case "perfProfile" -> perfProfile = repeated.text(parser);
                case "systemId" -> systemId = repeated.text(parser);
                case "versionInfo" -> versionInfo = repeated.text(parser);
                case "softwareVersionInfo" -> softwareVersionInfo = repeated.text(parser);
                case "installedSoftwareVersionInfo" -> installedSoftwareVersionInfo = repeated.text(parser);
                case "kernelVersion" -> kernelVersion = repeated.text(parser);
                case "links" -> links = linkReader.list(parser);
                default -> parser.skipChildren();
            }
        }
        return new Sdc(id, name, sdcGuid, sdcIp, sdcIps, sdcApproved, mdmConnectionState, osType, perfProfile, systemId,
                versionInfo, softwareVersionInfo, installedSoftwareVersionInfo, kernelVersion, links);
    }
}
