package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.model.Link;
import io.arrowhead.scaleio.client.model.MdmCluster;
import io.arrowhead.scaleio.client.model.MdmNode;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;

/**
 * {@link ScaleIoSystem} with its {@link MdmCluster}. Few objects, but the first call of a console reads them, and
 * databind took a quarter of a second to get ready for its first type.
 */
final class SystemReader {

    private final FieldSequence systemFields = new FieldSequence();
    private final FieldSequence clusterFields = new FieldSequence();
    private final FieldSequence nodeFields = new FieldSequence();
    private final LinkReader linkReader = new LinkReader();

    ScaleIoSystem system(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, ScaleIoSystem.class);
        }
        String id = null, name = null, systemVersionName = null, installId = null, swid = null, maxCapacityInGb = null;
        String capacityTimeLeftInDays = null, restrictedSdcMode = null, perfProfile = null, tlsVersion = null;
        String upgradeState = null;
        Integer daysInstalled = null, capacityAlertHighThresholdPercent = null;
        Integer capacityAlertCriticalThresholdPercent = null, mdmManagementPort = null;
        Boolean enterpriseFeaturesEnabled = null, isInitialLicense = null, restrictedSdcModeEnabled = null;
        MdmCluster mdmCluster = null;
        List<Link> links = null;
        for (String field = systemFields.next(parser); field != null; field = systemFields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "id" -> id = Values.text(parser);
                case "name" -> name = Values.text(parser);
                case "systemVersionName" -> systemVersionName = Values.text(parser);
                case "installId" -> installId = Values.text(parser);
                case "swid" -> swid = Values.text(parser);
                case "daysInstalled" -> daysInstalled = Values.integer(parser);
                case "maxCapacityInGb" -> maxCapacityInGb = Values.text(parser);
                case "capacityTimeLeftInDays" -> capacityTimeLeftInDays = Values.text(parser);
                case "enterpriseFeaturesEnabled" -> enterpriseFeaturesEnabled = Values.bool(parser);
                case "isInitialLicense" -> isInitialLicense = Values.bool(parser);
                case "capacityAlertHighThresholdPercent" -> capacityAlertHighThresholdPercent = Values.integer(parser);
                case "capacityAlertCriticalThresholdPercent" ->
                        capacityAlertCriticalThresholdPercent = Values.integer(parser);
                case "restrictedSdcModeEnabled" -> restrictedSdcModeEnabled = Values.bool(parser);
                case "restrictedSdcMode" -> restrictedSdcMode = Values.text(parser);
                case "perfProfile" -> perfProfile = Values.text(parser);
                case "mdmManagementPort" -> mdmManagementPort = Values.integer(parser);
                case "tlsVersion" -> tlsVersion = Values.text(parser);
                case "upgradeState" -> upgradeState = Values.text(parser);
                case "mdmCluster" -> mdmCluster = cluster(parser);
                case "links" -> links = linkReader.list(parser);
                default -> parser.skipChildren();
            }
        }
        return new ScaleIoSystem(id, name, systemVersionName, installId, swid, daysInstalled, maxCapacityInGb,
                capacityTimeLeftInDays, enterpriseFeaturesEnabled, isInitialLicense, capacityAlertHighThresholdPercent,
                capacityAlertCriticalThresholdPercent, restrictedSdcModeEnabled, restrictedSdcMode, perfProfile,
                mdmManagementPort, tlsVersion, upgradeState, mdmCluster, links);
    }

    /** The standby managers come as {@code slaves} or, from some gateways, {@code worker}. */
    MdmCluster cluster(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return parser.currentToken() == JsonToken.VALUE_NULL ? null : Json.databind(parser, MdmCluster.class);
        }
        String clusterMode = null, clusterState = null, id = null;
        Integer goodNodesNum = null, goodReplicasNum = null;
        MdmNode master = null;
        List<MdmNode> slaves = null, tieBreakers = null;
        for (String field = clusterFields.next(parser); field != null; field = clusterFields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "clusterMode" -> clusterMode = Values.text(parser);
                case "clusterState" -> clusterState = Values.text(parser);
                case "goodNodesNum" -> goodNodesNum = Values.integer(parser);
                case "goodReplicasNum" -> goodReplicasNum = Values.integer(parser);
                case "id" -> id = Values.text(parser);
                case "master" -> master = parser.currentToken() == JsonToken.VALUE_NULL ? null : node(parser);
                case "slaves", "worker" -> slaves = Values.list(parser, this::node, MdmNode.class);
                case "tieBreakers" -> tieBreakers = Values.list(parser, this::node, MdmNode.class);
                default -> parser.skipChildren();
            }
        }
        return new MdmCluster(clusterMode, clusterState, goodNodesNum, goodReplicasNum, id, master, slaves,
                tieBreakers);
    }

    MdmNode node(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return Json.databind(parser, MdmNode.class);
        }
        String id = null, name = null, role = null, status = null, versionInfo = null;
        List<String> ips = null, managementIPs = null;
        Integer port = null;
        for (String field = nodeFields.next(parser); field != null; field = nodeFields.next(parser)) {
            parser.nextToken();
            switch (field) {
                case "id" -> id = Values.text(parser);
                case "name" -> name = Values.text(parser);
                case "ips" -> ips = Values.texts(parser);
                case "managementIPs" -> managementIPs = Values.texts(parser);
                case "port" -> port = Values.integer(parser);
                case "role" -> role = Values.text(parser);
                case "status" -> status = Values.text(parser);
                case "versionInfo" -> versionInfo = Values.text(parser);
                default -> parser.skipChildren();
            }
        }
        return new MdmNode(id, name, ips, managementIPs, port, role, status, versionInfo);
    }
}
