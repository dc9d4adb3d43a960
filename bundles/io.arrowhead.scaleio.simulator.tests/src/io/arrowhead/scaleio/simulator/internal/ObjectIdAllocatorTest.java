package io.arrowhead.scaleio.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ObjectIdAllocatorTest {

    @Test
    void idsAreSixteenLowercaseHexDigitsCountingInTheLowHalf() {
        ObjectIdAllocator ids = new ObjectIdAllocator(7);
        for (int i = 0; i < 1000; i++) {
            String id = ids.next("Volume");
            assertTrue(id.matches("[0-9a-f]{16}"), id);
            assertEquals(i, Long.parseLong(id.substring(8), 16), id);
        }
    }

    @Test
    void idsNeverRepeatWithinATypeAndTypesCountSeparately() {
        ObjectIdAllocator ids = new ObjectIdAllocator(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            assertTrue(seen.add(ids.next("Volume")));
        }
        assertTrue(ids.next("Sdc").endsWith("00000000"));
    }

    @Test
    void theSameSeedGivesTheSameIds() {
        assertEquals(draw(new ObjectIdAllocator(42)), draw(new ObjectIdAllocator(42)));
        assertNotEquals(draw(new ObjectIdAllocator(42)), draw(new ObjectIdAllocator(43)));
    }

    @Test
    void reservingRestoredIdsContinuesAfterThem() {
        ObjectIdAllocator ids = new ObjectIdAllocator(3);
        ids.reserve("Volume", "993a355e00000001");
        String next = ids.next("Volume");
        assertEquals("00000002", next.substring(8));
        assertTrue(Long.parseLong(next.substring(0, 8), 16) > 0x993a355eL);
    }

    @Test
    void validatesIds() {
        assertTrue(ObjectIdAllocator.isValid("499634a44778afc0"));
        assertFalse(ObjectIdAllocator.isValid("499634A44778AFC0"));
        assertFalse(ObjectIdAllocator.isValid("499634a44778afc"));
        assertFalse(ObjectIdAllocator.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> new ObjectIdAllocator(0).reserve("Volume", "xyz"));
    }

    private static List<String> draw(ObjectIdAllocator ids) {
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            drawn.add(ids.next(i % 2 == 0 ? "Volume" : "Sdc"));
        }
        return drawn;
    }
}
