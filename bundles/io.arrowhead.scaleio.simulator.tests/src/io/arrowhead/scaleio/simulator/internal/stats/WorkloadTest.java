package io.arrowhead.scaleio.simulator.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkloadTest {

    private static final long NOON = 1_700_049_600L;
    private static final Set<Integer> IO_SIZES = Set.of(4, 8, 16, 32, 64, 128, 256);

    @Test
    void aSampleIsAPureFunctionOfSeedVolumeAndSecond() {
        Workload workload = new Workload(7);
        assertEquals(workload.sample("993a355e00000001", NOON), new Workload(7).sample("993a355e00000001", NOON));
        assertEquals(workload.profileOf("993a355e00000001"), new Workload(7).profileOf("993a355e00000001"));
        assertNotEquals(workload.profileOf("993a355e00000001"), new Workload(8).profileOf("993a355e00000001"));
        assertNotEquals(workload.profileOf("993a355e00000001"), workload.profileOf("993a355e00000002"));
    }

    @Test
    void volumesGetEveryShapeAndSensibleProfiles() {
        Workload workload = new Workload(1);
        Set<WorkloadProfile.Shape> shapes = EnumSet.noneOf(WorkloadProfile.Shape.class);
        for (int i = 0; i < 200; i++) {
            WorkloadProfile profile = workload.profileOf(String.format("993a355e%08x", i));
            shapes.add(profile.shape());
            assertTrue(profile.baseIops() >= 2 && profile.baseIops() <= 1500, profile.toString());
            assertTrue(profile.readPercent() >= 20 && profile.readPercent() <= 90, profile.toString());
            assertTrue(IO_SIZES.contains(profile.readSizeKb()) && IO_SIZES.contains(profile.writeSizeKb()),
                    profile.toString());
        }
        assertEquals(EnumSet.allOf(WorkloadProfile.Shape.class), shapes);
    }

    @Test
    void averageIoSizesStayBetween4And256KiB() {
        Workload workload = new Workload(3);
        for (int i = 0; i < 100; i++) {
            IoSample sample = workload.sample(String.format("993a355e%08x", i), NOON + i);
            assertTrue(sample.readKb() >= 4 * sample.readIos() && sample.readKb() <= 256 * sample.readIos());
            assertTrue(sample.writeKb() >= 4 * sample.writeIos() && sample.writeKb() <= 256 * sample.writeIos());
        }
    }

    @Test
    void aDiurnalLoadPeaksAtItsPeakAndIsLowestTwelveHoursLater() {
        WorkloadProfile profile = new WorkloadProfile(WorkloadProfile.Shape.DIURNAL, 1000, 50, 8, 8, 3600, 99);
        long day = 1_699_920_000L; // a UTC midnight
        assertEquals(1.0, profile.intensityAt(day + 3600), 1e-9);
        assertEquals(0.15, profile.intensityAt(day + 3600 + 43_200), 1e-9);
    }

    @Test
    void burstsLastTensOfSecondsAtSeveralTimesTheBaseRate() {
        WorkloadProfile profile = new WorkloadProfile(WorkloadProfile.Shape.BURSTY, 10, 50, 8, 8, 0, 12345);
        int slot = WorkloadProfile.BURST_SLOT_SECONDS;
        long firstSlot = NOON / slot * slot;
        int bursts = 0;
        for (long start = firstSlot; start < firstSlot + 72L * slot; start += slot) {
            int burstSeconds = 0;
            int transitions = 0;
            boolean previous = false;
            for (long second = start; second < start + slot; second++) {
                double intensity = profile.intensityAt(second);
                boolean inBurst = intensity > 1;
                if (inBurst) {
                    assertTrue(intensity >= 4 && intensity <= 20, "multiplier " + intensity);
                    burstSeconds++;
                }
                transitions += inBurst != previous ? 1 : 0;
                previous = inBurst;
            }
            if (burstSeconds > 0) {
                assertTrue(burstSeconds >= 10 && burstSeconds <= 90, "burst of " + burstSeconds + " s");
                assertTrue(transitions <= 2, "one burst per slot");
                bursts++;
            }
        }
        assertTrue(bursts > 3 && bursts < 36, bursts + " bursts in 72 slots");
    }
}
