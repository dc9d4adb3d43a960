package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for object ids and SDC GUIDs that the client, the host layer and the console share. */
class ScaleIoIdsTest {

    @Test
    void anObjectIdIsSixteenHexDigitsReturnedInLowerCase() {
        assertEquals("993a355e00000001", ScaleIoIds.requireObjectId("993a355e00000001", "volume id"));
        assertEquals("993a355e00000001", ScaleIoIds.requireObjectId("993A355E00000001", "volume id"));
        assertTrue(ScaleIoIds.isObjectId("218CE1797566A00F"));
        assertTrue("218ce1797566a00f".matches(ScaleIoIds.OBJECT_ID));
        assertFalse("218CE1797566A00F".matches(ScaleIoIds.OBJECT_ID), "the pattern is the gateway's spelling");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "6c33633100000009a", "6c3363310000000", "6c33633100000g09", "../6c3363310000",
        "1;id", " 6c33633100000009", "6c33633100000009\n"})
    void anythingElseIsNotAnObjectId(String text) {
        assertFalse(ScaleIoIds.isObjectId(text));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ScaleIoIds.requireObjectId(text, "volume id"));
        assertEquals("'" + text + "' is not a valid volume id: a ScaleIO id is 16 hexadecimal digits.",
                refused.getMessage());
    }

    @Test
    void aMissingObjectIdIsNamed() {
        assertFalse(ScaleIoIds.isObjectId(null));
        assertEquals("No SDC id given: a ScaleIO id is 16 hexadecimal digits.",
                assertThrows(IllegalArgumentException.class, () -> ScaleIoIds.requireObjectId(null, "SDC id"))
                        .getMessage());
    }

    @Test
    void anSdcGuidIsAUuidNormalisedAsTheGatewayListsIt() {
        // drv_cfg --query_guid prints the GUID and a newline, in either case
        assertEquals("B0E3BFB8-C20B-43BF-93C8-13339E85AA50",
                ScaleIoIds.normalizeSdcGuid("b0e3bfb8-c20b-43bf-93c8-13339e85aa50\n"));
        assertTrue(ScaleIoIds.isSdcGuid(" B0E3BFB8-C20B-43BF-93C8-13339E85AA50 "));
        assertTrue("B0E3BFB8-C20B-43BF-93C8-13339E85AA50".matches(ScaleIoIds.SDC_GUID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "B0E3BFB8C20B43BF93C813339E85AA50", "B0E3BFB8-C20B-43BF-93C8-13339E85AA5",
        "G0E3BFB8-C20B-43BF-93C8-13339E85AA50", "B0E3BFB8-C20B-43BF-93C8-13339E85AA50;id", "6c33633100000009"})
    void anythingElseIsNotAnSdcGuid(String text) {
        assertFalse(ScaleIoIds.isSdcGuid(text));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ScaleIoIds.normalizeSdcGuid(text));
        assertEquals("'" + text + "' is not an SDC GUID such as 974F4AC7-FF37-4909-8713-D1BD3F002843.",
                refused.getMessage());
    }
}
