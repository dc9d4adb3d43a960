package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.internal.Json;

class BwcTest {

    @Test
    void ratesFollowTheNetdataFormulas() {
        Bwc write = new Bwc(1556, 5, 1193408);

        assertEquals(311.2, write.iops(), 1e-9);
        assertEquals(238681.6, write.kbPerSecond(), 1e-9);
        assertEquals(1193408.0 / 1556, write.averageIoSizeKb(), 1e-9);
    }

    @Test
    void anIdleWindowGivesZerosNotNaN() {
        Bwc idle = new Bwc(0, 0, 0);

        assertEquals(0.0, idle.iops());
        assertEquals(0.0, idle.kbPerSecond());
        assertEquals(0.0, idle.averageIoSizeKb());
    }

    @Test
    void noIosInAWindowGivesAZeroAverageSize() {
        Bwc quiet = new Bwc(0, 1, 0);

        assertEquals(0.0, quiet.iops());
        assertEquals(0.0, quiet.averageIoSizeKb());
    }

    @Test
    void readsTheMisspelledWireName() throws Exception {
        assertEquals(new Bwc(145, 1, 118972),
                Json.read("{\"numOccured\":145,\"numSeconds\":1,\"totalWeightInKb\":118972}", Bwc.class));
    }
}
