package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.arrowhead.core.hosts.SdcMatch;
import io.arrowhead.scaleio.client.model.Sdc;

class SdcMatchTest {

    private CoreFixture fixture;
    private GatewayConnection connection;

    @BeforeEach
    void start() throws Exception {
        fixture = new CoreFixture();
        connection = fixture.connected("lab");
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void findsTheSdcByItsGuidInAnyCaseOnAConnectedGateway() {
        Sdc known = connection.model().sdcs().getLast();
        SdcMatch match = SdcMatch.find(known.sdcGuid().toLowerCase(), List.of(connection)).orElseThrow();
        assertSame(connection, match.connection());
        assertEquals(known.id(), match.sdc().id());
        assertEquals(ClusterModel.sdcLabel(known), match.sdcLabel());
    }

    @Test
    void anUnknownGuidOrADisconnectedGatewayMatchesNothing() throws Exception {
        String guid = connection.model().sdcs().getFirst().sdcGuid();
        assertTrue(SdcMatch.find("00000000-0000-0000-0000-000000000000", List.of(connection)).isEmpty());
        assertTrue(SdcMatch.find(null, List.of(connection)).isEmpty());
        CoreFixture.join(fixture.connections.disconnect(connection));
        assertTrue(SdcMatch.find(guid, List.of(connection)).isEmpty(), "a disconnected gateway's SDCs are not known");
    }
}
