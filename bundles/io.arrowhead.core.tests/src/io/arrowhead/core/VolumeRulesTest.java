package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.Capacity;
import io.arrowhead.scaleio.client.Sizes;
import io.arrowhead.scaleio.client.model.VolumeType;

class VolumeRulesTest {

    private static final String ALLOWED = "Use only the letters A-Z and a-z, the digits 0-9 and the punctuation "
        + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~.";

    /** The gateway allows "alphanumeric and punctuation characters only" (INVALID_NAME), in under 32 characters. */
    @ParameterizedTest
    @ValueSource(strings = {"pg_data.01", "compute-01", "a", "user@host:9", "x+y", "abcdefghijklmnopqrstuvwxyz01234",
        "volume2-16-snap", "vol#1", "db(2)", "a;b", "$HOME", "[x]{y}<z>", "q?!", "50%", "a/b\\c", "'\"`^|~,=&*"})
    void acceptsNamesTheGatewayAccepts(String name) {
        assertNull(VolumeRules.objectNameProblem(name));
    }

    @Test
    void refusesNamesTheGatewayRefusesWithAReason() {
        assertEquals("Enter a name.", VolumeRules.objectNameProblem(""));
        assertEquals("The name has 32 characters; at most 31 are allowed.",
            VolumeRules.objectNameProblem("abcdefghijklmnopqrstuvwxyz012345"));
        assertEquals("Spaces are not allowed. " + ALLOWED, VolumeRules.objectNameProblem("my volume"));
        assertEquals("The character '\u00e4' is not allowed. " + ALLOWED, VolumeRules.objectNameProblem("\u00e4-vol"));
        assertEquals("Tabs, line breaks and other control characters are not allowed. " + ALLOWED,
            VolumeRules.objectNameProblem("a\tb"));
        assertTrue(VolumeRules.objectNameProblem("a\nb").startsWith("Tabs, line breaks"));
    }

    @Test
    void theAllowedPunctuationIsAllOfAsciis() {
        String punctuation = VolumeRules.NAME_PUNCTUATION;
        assertEquals(32, punctuation.length());
        for (char c = '!'; c <= '~'; c++) {
            boolean letterOrDigit = Character.isLetterOrDigit(c);
            assertEquals(!letterOrDigit, punctuation.indexOf(c) >= 0, "'" + c + "'");
        }
    }

    @ParameterizedTest
    @CsvSource({"1,8", "8,8", "9,16", "16,16", "100,104"})
    void sizesRoundUpToEightGib(long requested, long allocated) {
        assertEquals(allocated, VolumeRules.allocatedGib(requested));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-8", "1.5", "ten", "1048577"})
    void refusesSizesThatAreNotWholePositiveGib(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VolumeRules.parseSizeGib(text));
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void aVolumeOnlyGrows() {
        assertTrue(VolumeRules.growProblem(16, 16) != null);
        assertTrue(VolumeRules.growProblem(16, 12) != null, "12 rounds to 16, which is no growth");
        assertNull(VolumeRules.growProblem(16, 17));
    }

    @Test
    void qosLimitsFollowTheGatewaysRules() {
        assertNull(VolumeRules.iopsLimitProblem(0));
        assertNull(VolumeRules.iopsLimitProblem(11));
        assertTrue(VolumeRules.iopsLimitProblem(10) != null);
        assertTrue(VolumeRules.iopsLimitProblem(-1) != null);
        assertNull(VolumeRules.bandwidthLimitProblem(0));
        assertTrue(VolumeRules.bandwidthLimitProblem(-5) != null);
        assertEquals(0, VolumeRules.parseLimit(" ", "IOPS limit"));
        assertThrows(IllegalArgumentException.class, () -> VolumeRules.parseLimit("fast", "IOPS limit"));
    }

    @Test
    void thickMustFitWhileThinMayOverProvisionWithAWarning() {
        Capacity capacity = new Capacity(null, null, null, null, null, 100 * Sizes.KIB_PER_GIB, null, null, null, null);
        assertEquals(VolumeRules.CapacityCheck.Severity.OK,
            VolumeRules.capacityCheck(capacity, 96, VolumeType.THICK_PROVISIONED).severity());
        assertEquals(VolumeRules.CapacityCheck.Severity.ERROR,
            VolumeRules.capacityCheck(capacity, 101, VolumeType.THICK_PROVISIONED).severity());
        assertEquals(VolumeRules.CapacityCheck.Severity.WARNING,
            VolumeRules.capacityCheck(capacity, 101, VolumeType.THIN_PROVISIONED).severity());
        assertEquals(VolumeRules.CapacityCheck.Severity.UNKNOWN,
            VolumeRules.capacityCheck(null, 8, VolumeType.THIN_PROVISIONED).severity());
    }

    @Test
    void unitsAreBinaryAndDropNeedlessDecimals() {
        assertEquals("8 GiB", Units.formatKib(8 * Sizes.KIB_PER_GIB));
        assertEquals("1.5 MiB", Units.formatKib(1536));
        assertEquals("2 TiB", Units.formatGib(2048));
        assertEquals("10 MB/s", Units.formatKbPerSecond(10240));
    }
}
