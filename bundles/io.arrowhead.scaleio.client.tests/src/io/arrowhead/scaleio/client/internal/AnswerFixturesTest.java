package io.arrowhead.scaleio.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.Fixtures;
import io.arrowhead.scaleio.client.SnapshotGroup;

/** The small answers: login token, version, create and snapshot. */
class AnswerFixturesTest {

    @Test
    void theLoginTokenIsAJsonString() throws Exception {
        assertEquals("YWRtaW46MTU0MTU2MjIxOTI5MzpmODkxNDVhN2NkYzZkNGNkYjYxNGE0OGRkZGE3Zjk4MA",
                Json.readString(Fixtures.read("login_token.json")));
        assertThrows(IOException.class, () -> Json.readString(Fixtures.read("errors/401_unauthorized.json")));
    }

    @Test
    void theVersionIsAJsonStringOfMajorMinor() throws Exception {
        String version = Json.readString(Fixtures.read("version.json"));

        assertEquals("3.5", ApiVersion.majorMinor(version));
        assertFalse(ApiVersion.usesBearerToken("3.5"));
    }

    @Test
    void versionsCompareAsNumbers() {
        assertEquals("3.5", ApiVersion.majorMinor("3.5.1.2"));
        assertNull(ApiVersion.majorMinor("R3_5"));
        assertTrue(ApiVersion.usesBearerToken("4.0"));
        assertTrue(ApiVersion.usesBearerToken("10.0"));
        assertFalse(ApiVersion.usesBearerToken("3.99"));
    }

    @Test
    void createAnswersTheNewId() throws Exception {
        assertEquals("993a5c6e00000003", Json.read(Fixtures.read("create_volume_response.json"), CreatedObject.class).id());
    }

    @Test
    void snapshotAnswersTheGroupAndVolumes() throws Exception {
        assertEquals(new SnapshotGroup("77fc9ce100000001", List.of("993a5c6d00000002")),
                Json.read(Fixtures.read("snapshot_volumes_response.json"), SnapshotGroup.class));
    }
}
