package io.arrowhead.scaleio.simulator.internal.stats;

import static io.arrowhead.scaleio.simulator.internal.stats.ReferenceCluster.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

class QueryStatisticsTest {

    /** The global request of the reference's fixtures. */
    private static final String GLOBAL_REQUEST = """
            {"selectedStatisticsList":[
              {"type":"System","properties":["maxCapacityInKb","spareCapacityInKb","numOfSdc","primaryWriteBwc"]},
              {"type":"StoragePool","allIds":[],"properties":["maxCapacityInKb","numOfVolumes"]},
              {"type":"Sdc","allIds":[],"properties":["numOfMappedVolumes","userDataReadBwc","userDataWriteBwc"]},
              {"type":"Volume","ids":["993a355e00000001"],
               "properties":["userDataReadBwc","userDataWriteBwc","numOfMappedSdcs"]}]}""";
    private static final String PER_TYPE_REQUEST = """
            {"ids":["993a355e00000001","993a355d00000000"],
             "properties":["userDataReadBwc","userDataWriteBwc","numOfMappedSdcs","mappedSdcIds"]}""";
    /** The key set of the reference's 3.x volume statistics (fixtures/volume_statistics.json). */
    private static final Set<String> VOLUME_KEYS = Set.of("childVolumeIds", "descendantVolumeIds",
            "initiatorSdcId", "mappedSdcIds", "numOfChildVolumes", "numOfDescendantVolumes", "numOfMappedSdcs",
            "registrationKey", "registrationKeys", "replicationJournalVolume", "replicationState",
            "reservationType", "rplTotalJournalCap", "rplUsedJournalCap", "userDataReadBwc",
            "userDataSdcReadLatency", "userDataSdcTrimLatency", "userDataSdcWriteLatency", "userDataTrimBwc",
            "userDataWriteBwc");

    private final StatisticsService service = service(ReferenceCluster.build());

    @Test
    void theGlobalFormAnswersByTypeThenIdInTheOrderAskedWithTheSystemFlat() {
        JsonNode answer = ok(service.querySelected(json(GLOBAL_REQUEST)));
        assertEquals(List.of("System", "StoragePool", "Sdc", "Volume"), names(answer));
        assertEquals(List.of("maxCapacityInKb", "spareCapacityInKb", "numOfSdc", "primaryWriteBwc"),
                names(answer.get("System")));
        assertEquals(List.of(POOL, SSD_POOL), names(answer.get("StoragePool")));
        assertEquals(List.of(SDC_0, SDC_1, SDC_2), names(answer.get("Sdc")));
        assertEquals(List.of(MAPPED), names(answer.get("Volume")));
        assertEquals(List.of("userDataReadBwc", "userDataWriteBwc", "numOfMappedSdcs"),
                names(answer.get("Volume").get(MAPPED)));
        assertEquals(311_424_000L, answer.get("StoragePool").get(POOL).get("maxCapacityInKb").asLong());
        assertTrue(answer.get("System").get("maxCapacityInKb").isIntegralNumber());
        assertEquals(List.of("numOccured", "numSeconds", "totalWeightInKb"),
                names(answer.get("System").get("primaryWriteBwc")));
    }

    @Test
    void thePerTypeFormAnswersByIdInTheOrderAsked() {
        JsonNode answer = ok(service.querySelectedPerType("Volume", json(PER_TYPE_REQUEST)));
        assertEquals(List.of(MAPPED, UNMAPPED), names(answer));
        assertEquals(List.of("userDataReadBwc", "userDataWriteBwc", "numOfMappedSdcs", "mappedSdcIds"),
                names(answer.get(MAPPED)));
        assertEquals(json("[\"" + SDC_2 + "\"]"), answer.get(MAPPED).get("mappedSdcIds"));
        assertEquals(json("[]"), answer.get(UNMAPPED).get("mappedSdcIds"));
        assertEquals(0, answer.get(UNMAPPED).get("numOfMappedSdcs").asInt());
    }

    @Test
    void allIdsSelectsEveryObjectWhateverItsValue() {
        JsonNode perType = ok(service.querySelectedPerType("Volume",
                json("{\"properties\":[\"numOfChildVolumes\"],\"allIds\":\"\"}")));
        assertEquals(List.of(UNMAPPED, SNAPSHOT, MAPPED), names(perType));
        assertEquals(1, perType.get(MAPPED).get("numOfChildVolumes").asInt());
        JsonNode global = ok(service.querySelected(json("""
                {"selectedStatisticsList":[{"type":"Device","allIds":[],"properties":["maxCapacityInKb"]}]}""")));
        assertEquals(5, global.get("Device").size());
    }

    @Test
    void theSystemsPerTypeAnswerIsOneFlatObject() {
        JsonNode answer = ok(service.querySelectedPerType("System",
                json("{\"properties\":[\"numOfVolumes\",\"maxCapacityInKb\"]}")));
        assertEquals(List.of("numOfVolumes", "maxCapacityInKb"), names(answer));
        assertEquals(3, answer.get("numOfVolumes").asInt());
    }

    @Test
    void unknownPropertiesAndTypesAreRejectedWith400() {
        ApiResponse property = service.querySelectedPerType("Volume",
                json("{\"properties\":[\"userDataReadBwc\",\"maxCapacityInKb\"],\"allIds\":\"\"}"));
        assertError(property, 400, 0, "maxCapacityInKb", "Volume");
        assertError(service.querySelected(json(GLOBAL_REQUEST.replace("\"numOfSdc\"", "\"numOfScsiInitiators\""))),
                400, 0, "numOfScsiInitiators", "System");
        assertError(service.querySelected(json(GLOBAL_REQUEST.replace("\"Sdc\"", "\"RfcacheDevice\""))), 400, 0,
                "RfcacheDevice");
        assertError(service.querySelectedPerType("Pool", json(PER_TYPE_REQUEST)), 400, 0, "Pool");
        assertError(service.statisticsOf("Pool", POOL), 400, 0, "Pool");
    }

    @Test
    void unknownIdsAnswerTheNotFoundErrorOfTheirType() {
        JsonNode unknownVolume = json(PER_TYPE_REQUEST.replace(UNMAPPED, "ffffffff00000009"));
        assertError(service.querySelectedPerType("Volume", unknownVolume), 500, 79, "Could not find the volume");
        assertError(service.statisticsOf("Sdc", "ffffffff00000009"), 500, 80, "Could not find the SDC");
        assertError(service.statisticsOf("StoragePool", "ffffffff00000009"), 500, 171, "Could not find Storage Pool");
    }

    @Test
    void malformedBodiesAre400() {
        assertError(service.querySelectedPerType("Volume", json("{\"allIds\":\"\"}")), 400, 0, "properties");
        assertError(service.querySelectedPerType("Volume", json("{\"properties\":[],\"allIds\":\"\"}")), 400, 0);
        assertError(service.querySelectedPerType("Volume", json("{\"properties\":[\"numOfMappedSdcs\"]}")), 400, 0,
                "ids");
        assertError(service.querySelectedPerType("Volume", null), 400, 0);
        assertError(service.querySelected(json("{}")), 400, 0, "selectedStatisticsList");
        String pool = "{\"type\":\"StoragePool\",\"allIds\":[],\"properties\":[\"numOfVolumes\"]}";
        assertError(service.querySelected(json("{\"selectedStatisticsList\":[" + pool + "," + pool + "]}")), 400, 0,
                "twice");
    }

    @Test
    void poolStatisticsOfferEveryKeyOfTheReferencePool() throws IOException {
        List<String> referenceKeys = referencePoolKeys();
        assertEquals(126, referenceKeys.size());
        JsonNode pool = ok(service.statisticsOf("StoragePool", POOL));
        assertTrue(names(pool).containsAll(referenceKeys), () -> missing(referenceKeys, names(pool)));
        JsonNode selected = ok(service.querySelectedPerType("StoragePool",
                json("{\"allIds\":\"\",\"properties\":[\"" + String.join("\",\"", referenceKeys) + "\"]}")));
        assertEquals(referenceKeys, names(selected.get(SSD_POOL)));
    }

    @Test
    void volumeStatisticsHaveTheReferenceKeySetInAlphabeticalOrder() {
        JsonNode volume = ok(service.statisticsOf("Volume", MAPPED));
        assertEquals(new TreeSet<>(VOLUME_KEYS).stream().toList(), names(volume));
        assertEquals(json("[\"" + SNAPSHOT + "\"]"), volume.get("descendantVolumeIds"));
        assertEquals("UnmarkedForReplication", volume.get("replicationState").asText());
        assertTrue(volume.get("initiatorSdcId").isNull());
    }

    private static List<String> referencePoolKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = QueryStatisticsTest.class.getResourceAsStream("pool-statistics-keys.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    keys.add(line.strip());
                }
            }
        }
        return keys;
    }

    private static String missing(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        return "missing " + missing;
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertError(ApiResponse response, int status, int errorCode, String... fragments) {
        JsonNode body = json(new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(status, response.status(), body::toString);
        assertEquals(status, body.get("httpStatusCode").asInt());
        assertEquals(errorCode, body.get("errorCode").asInt(), body::toString);
        for (String fragment : fragments) {
            assertTrue(body.get("message").asText().contains(fragment), body::toString);
        }
    }
}
