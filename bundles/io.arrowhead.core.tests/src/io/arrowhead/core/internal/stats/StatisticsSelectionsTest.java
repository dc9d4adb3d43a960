package io.arrowhead.core.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SelectedStatistics;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.StatisticsSelection;

/** Merging the subscribers' selections into one request and cutting their slices back out of the answer. */
class StatisticsSelectionsTest {

    private static final String A = "000000000000000a";
    private static final String B = "000000000000000b";
    private static final String C = "000000000000000c";

    @Test
    void mergesPerTypeIntoTheUnionOfIdsOrAllAndTheUnionOfProperties() {
        List<StatisticsSelection> merged = Selections.merge(List.of(
            List.of(StatisticsSelection.of(ObjectType.VOLUME, List.of(A), "userDataReadBwc")),
            List.of(StatisticsSelection.of(ObjectType.VOLUME, List.of(B, A), "userDataWriteBwc"),
                StatisticsSelection.system("userDataReadBwc")),
            List.of(StatisticsSelection.of(ObjectType.SDC, List.of(C), "userDataReadBwc"),
                StatisticsSelection.all(ObjectType.SDC, "userDataWriteBwc"),
                StatisticsSelection.system("userDataWriteBwc"))));

        assertEquals(List.of(
            StatisticsSelection.of(ObjectType.VOLUME, List.of(A, B), "userDataReadBwc", "userDataWriteBwc"),
            StatisticsSelection.system("userDataReadBwc", "userDataWriteBwc"),
            StatisticsSelection.all(ObjectType.SDC, "userDataReadBwc", "userDataWriteBwc")), merged);
    }

    @Test
    void aSliceHoldsOnlyTheSubscribersObjectsAndProperties() {
        Statistics a = Statistics.of(Map.of("userDataReadBwc", 1L, "userDataWriteBwc", 2L));
        Statistics b = Statistics.of(Map.of("userDataReadBwc", 3L, "userDataWriteBwc", 4L));
        SelectedStatistics answer = new SelectedStatistics(Statistics.of(Map.of("userDataReadBwc", 5L)),
            Map.of("Volume", Map.of(A, a, B, b)));

        SelectedStatistics slice = Selections.slice(answer,
            List.of(StatisticsSelection.of(ObjectType.VOLUME, List.of(B, C), "userDataWriteBwc")));

        assertNull(slice.system(), "not subscribed");
        assertEquals(Map.of(B, Statistics.of(Map.of("userDataWriteBwc", 4L))), slice.of(ObjectType.VOLUME));
    }
}
