package io.arrowhead.scaleio.simulator.internal.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class DerTest {

    private static String hex(byte[] der) {
        return HexFormat.of().formatHex(der);
    }

    @Test
    void encodesObjectIdentifiersInBase128() {
        assertEquals("06082a8648ce3d040302", hex(Der.oid("1.2.840.10045.4.3.2")));
        assertEquals("0603551d11", hex(Der.oid("2.5.29.17")));
    }

    @Test
    void usesLongFormLengthsFrom128BytesOn() {
        assertEquals("047f", hex(Der.octetString(new byte[127])).substring(0, 4));
        assertEquals("048180", hex(Der.octetString(new byte[128])).substring(0, 6));
        assertEquals("0482012c", hex(Der.octetString(new byte[300])).substring(0, 8));
    }

    @Test
    void encodesIntegersMinimallyInTwosComplement() {
        assertEquals("020102", hex(Der.integer(BigInteger.TWO)));
        assertEquals("02020080", hex(Der.integer(BigInteger.valueOf(128)))); // leading zero keeps it positive
    }

    @Test
    void switchesFromUtcTimeToGeneralizedTimeIn2050() {
        assertArrayEquals(Der.tlv(0x17, "491231235959Z".getBytes(StandardCharsets.US_ASCII)),
                Der.time(Instant.parse("2049-12-31T23:59:59Z")));
        assertArrayEquals(Der.tlv(0x18, "20500101000000Z".getBytes(StandardCharsets.US_ASCII)),
                Der.time(Instant.parse("2050-01-01T00:00:00Z")));
    }

    @Test
    void wrapsContextTagsExplicitlyAndImplicitly() {
        assertEquals("a003020102", hex(Der.explicit(0, Der.integer(BigInteger.TWO))));
        assertEquals("87047f000001", hex(Der.implicitPrimitive(7, new byte[] { 127, 0, 0, 1 })));
        assertEquals("03020780", hex(Der.bitString(new byte[] { (byte) 0x80 }, 7)));
    }
}
