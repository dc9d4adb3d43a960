package io.arrowhead.scaleio.simulator.internal.gateway;

import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.arrowhead.scaleio.simulator.internal.cluster.SdcVolumes;
import io.arrowhead.scaleio.simulator.internal.http.HttpResponse;

/**
 * The answer to {@code GET /simulator/sdcs/<guidOrId>/volumes}: JSON by default; with {@code Accept: text/plain},
 * one {@code <systemId> <volumeId> <sizeInKb> <backingFile or ->} line per volume, which a shell script reads
 * with {@code while read}.
 */
final class SdcVolumesReply {

    private SdcVolumesReply() {
    }

    static HttpResponse of(SdcVolumes listing, String accept) {
        return prefersText(accept) ? text(listing) : Replies.json(200, json(listing));
    }

    /** Text when the Accept field names text/plain before application/json; quality values are ignored. */
    static boolean prefersText(String accept) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("text/plain")) {
                return true;
            }
            if (type.equals("application/json")) {
                return false;
            }
        }
        return false;
    }

    private static HttpResponse text(SdcVolumes listing) {
        StringBuilder lines = new StringBuilder();
        for (SdcVolumes.Volume volume : listing.volumes()) {
            lines.append(listing.systemId()).append(' ').append(volume.id()).append(' ').append(volume.sizeInKb())
                    .append(' ').append(volume.backingFile() == null ? "-" : volume.backingFile().toString())
                    .append('\n');
        }
        return HttpResponse.text(200, lines.toString());
    }

    private static ObjectNode json(SdcVolumes listing) {
        ObjectNode body = Replies.JSON.createObjectNode().put("sdcId", listing.sdcId())
                .put("sdcGuid", listing.sdcGuid()).put("systemId", listing.systemId());
        ArrayNode volumes = body.putArray("volumes");
        for (SdcVolumes.Volume volume : listing.volumes()) {
            Path file = volume.backingFile();
            volumes.addObject().put("id", volume.id()).put("name", volume.name()).put("sizeInKb", volume.sizeInKb())
                    .put("backingFile", file == null ? null : file.toString());
        }
        return body;
    }
}
