package io.arrowhead.scaleio.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.client.Fixtures;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.StatisticsSelection;

class StatisticsRequestsTest {

    private static JsonNode fixture(String name) throws Exception {
        return Fixtures.json(Fixtures.read(name));
    }

    @Test
    void globalStatisticsQueryMatchesTheFixture() throws Exception {
        JsonNode body = StatisticsRequests.selected(List.of(
                StatisticsSelection.system("maxCapacityInKb", "spareCapacityInKb", "capacityInUseInKb",
                        "unusedCapacityInKb", "capacityAvailableForVolumeAllocationInKb", "thickCapacityInUseInKb",
                        "thinCapacityInUseInKb", "thinCapacityAllocatedInKb", "snapCapacityInUseOccupiedInKb",
                        "numOfVolumes", "numOfSdc", "primaryReadBwc", "primaryWriteBwc", "userDataReadBwc",
                        "userDataWriteBwc"),
                StatisticsSelection.all(ObjectType.STORAGE_POOL, "maxCapacityInKb", "spareCapacityInKb",
                        "capacityInUseInKb", "capacityAvailableForVolumeAllocationInKb", "thinCapacityAllocatedInKb",
                        "numOfVolumes"),
                StatisticsSelection.all(ObjectType.SDC, "numOfMappedVolumes", "userDataReadBwc", "userDataWriteBwc"),
                StatisticsSelection.of(ObjectType.VOLUME, List.of("993a355e00000001"), "userDataReadBwc",
                        "userDataWriteBwc", "numOfMappedSdcs")));

        assertEquals(fixture("query_selected_statistics_request.json"), body);
    }

    @Test
    void perTypeStatisticsQueryMatchesTheFixture() throws Exception {
        JsonNode body = StatisticsRequests.ofType(ObjectType.VOLUME,
                List.of("993a355e00000001", "993a355d00000000"),
                List.of("userDataReadBwc", "userDataWriteBwc", "numOfMappedSdcs", "mappedSdcIds"));

        assertEquals(fixture("query_selected_statistics_per_type_request.json"), body);
    }

    @Test
    void perTypeStatisticsForAllObjectsAndForTheSystem() throws Exception {
        assertEquals(Fixtures.json("{\"properties\":[\"numOfMappedVolumes\"],\"allIds\":\"\"}"),
                StatisticsRequests.ofType(ObjectType.SDC, null, List.of("numOfMappedVolumes")));
        assertEquals(Fixtures.json("{\"properties\":[\"maxCapacityInKb\"]}"),
                StatisticsRequests.ofSystem(List.of("maxCapacityInKb")));
        assertThrows(IllegalArgumentException.class,
                () -> StatisticsRequests.ofType(ObjectType.SDC, List.of("a;b"), List.of("x")));
    }

    @Test
    void anEmptySelectionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatisticsRequests.selected(List.of()));
        assertThrows(IllegalArgumentException.class, () -> StatisticsRequests.ofSystem(List.of()));
    }
}
