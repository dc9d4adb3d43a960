package io.arrowhead.scaleio.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.arrowhead.scaleio.client.ObjectType;

class ApiPathsTest {

    @Test
    void followsTheGatewayGrammar() {
        assertEquals("types/StoragePool/instances", ApiPaths.typeInstances(ObjectType.STORAGE_POOL));
        assertEquals("types/Volume/instances/action/queryIdByKey", ApiPaths.typeAction(ObjectType.VOLUME, "queryIdByKey"));
        assertEquals("instances/Volume::993a355e00000001", ApiPaths.instance(ObjectType.VOLUME, "993A355E00000001"));
        assertEquals("instances/System::499634a44778afc0/relationships/Sdc",
                ApiPaths.related(ObjectType.SYSTEM, "499634a44778afc0", ObjectType.SDC));
        assertEquals("instances/VTree::252fd6e300000000/relationships/Statistics",
                ApiPaths.statistics(ObjectType.VTREE, "252fd6e300000000"));
        assertEquals("instances/System/action/snapshotVolumes", ApiPaths.systemAction(null, "snapshotVolumes"));
        assertEquals("instances/System::499634a44778afc0/action/snapshotVolumes",
                ApiPaths.systemAction("499634a44778afc0", "snapshotVolumes"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "../x", "a;b", "993a355e 0000001", "993a355e00000001/../../login", "993a355e0000000%2F" })
    void refusesIdsThatAreNotSixteenHexDigits(String id) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ApiPaths.instanceAction(ObjectType.VOLUME, id, "removeVolume"));
        assertTrue(refused.getMessage().contains("Volume id"), refused.getMessage());
    }

    @Test
    void refusesAMissingId() {
        assertThrows(IllegalArgumentException.class, () -> ApiPaths.instance(ObjectType.SDC, null));
    }
}
