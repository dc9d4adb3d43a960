package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.ScriptedGateway.Recorded;
import io.arrowhead.scaleio.client.model.VolumeType;

/**
 * The headers of the session: Basic with the password for login, the token as Basic password or Bearer afterwards,
 * and the version media-type parameter. Recorded by {@link ScriptedGateway}, since the simulator accepts every
 * variant; token expiry and renewal are tested against the simulator in AuthenticationRoundTripTest.
 */
class GatewayClientSessionTest {

    private final ScriptedGateway gateway = new ScriptedGateway();

    @Test
    void logsInWithThePasswordThenAsksTheVersionWithTheToken() throws Exception {
        try (GatewayClient client = gateway.client()) {
            client.login();

            List<Recorded> requests = gateway.requests();
            assertEquals(2, requests.size());
            Recorded login = requests.get(0);
            assertEquals("GET /api/login", login.method() + " " + login.path());
            assertEquals("Basic " + ScriptedGateway.base64("admin:Scaleio123"), login.authorization());
            assertEquals("application/json", login.accept());
            Recorded version = requests.get(1);
            assertEquals("/api/version", version.path());
            assertEquals("Basic " + ScriptedGateway.base64("admin:token-1"), version.authorization());
            assertEquals("application/json", version.accept());
            assertTrue(client.isLoggedIn());
            assertEquals("3.5", client.apiVersion());
        }
    }

    @Test
    void laterCallsSendTheTokenAndTheVersionedMediaType() throws Exception {
        gateway.answer("POST /api/types/Volume/instances", 200, "{\"id\":\"993a5c6e00000003\"}");
        try (GatewayClient client = gateway.client()) {
            String id = client.createVolume(
                    VolumeRequest.ofGib("40395b7b00000000", "vol1", 16, VolumeType.THIN_PROVISIONED));

            assertEquals("993a5c6e00000003", id);
            Recorded create = gateway.requestsTo("/api/types/Volume/instances").get(0);
            assertEquals("POST", create.method());
            assertEquals("Basic " + ScriptedGateway.base64("admin:token-1"), create.authorization());
            assertEquals("application/json;version=3.5", create.accept());
            assertEquals("application/json;version=3.5", create.contentType());
            assertEquals("{\"storagePoolId\":\"40395b7b00000000\",\"name\":\"vol1\",\"volumeSizeInGb\":\"16\","
                    + "\"volumeType\":\"ThinProvisioned\"}", create.body());
        }
    }

    @Test
    void usesABearerTokenFromVersionFourOnComparedAsNumbers() throws Exception {
        gateway.version("10.1");
        try (GatewayClient client = gateway.client()) {
            client.volumes();

            Recorded list = gateway.requestsTo("/api/types/Volume/instances").get(0);
            assertEquals("Bearer token-1", list.authorization());
            assertEquals("application/json;version=10.1", list.accept());
        }
    }

    @Test
    void aForcedVersionSkipsTheVersionCallAndKeepsMajorMinor() throws Exception {
        try (GatewayClient client = gateway.client(GatewayConfig.builder("gw.example.test").forcedApiVersion("3.6.2"))) {
            client.sdcs();

            assertTrue(gateway.requestsTo("/api/version").isEmpty());
            assertEquals("application/json;version=3.6", gateway.requestsTo("/api/types/Sdc/instances").get(0).accept());
        }
    }

    @Test
    void aRefusedLoginNamesTheUserButNeverThePassword() {
        GatewayConfig config = GatewayConfig.builder("gw.example.test").user("admin")
                .password("wrong-secret".toCharArray()).build();
        try (GatewayClient client = gateway.client(config)) {
            GatewayAuthenticationException refused = assertThrows(GatewayAuthenticationException.class, client::login);

            assertTrue(refused.getMessage().contains("'admin'"), refused.getMessage());
            assertFalse(refused.getMessage().contains("wrong-secret"), refused.getMessage());
            assertFalse(client.isLoggedIn());
        }
    }

    @Test
    void logoutForgetsTheTokenAndCloseDoesNotLogOutTwice() throws Exception {
        GatewayClient client = gateway.client();
        client.login();
        client.logout();

        assertFalse(client.isLoggedIn());
        Recorded logout = gateway.requestsTo("/api/logout").get(0);
        assertEquals("Basic " + ScriptedGateway.base64("admin:token-1"), logout.authorization());
        client.close();
        client.close();
        assertEquals(1, gateway.requestsTo("/api/logout").size());
        assertThrows(IllegalStateException.class, client::volumes);
    }

    @Test
    void closeLogsOutOnceAndViewsDoNotClose() throws Exception {
        GatewayClient client = gateway.client();
        GatewayClient view = client.withCancellation(new CallCancellation());
        view.login();
        view.close();
        assertTrue(client.isLoggedIn());

        client.close();
        client.close();

        assertEquals(1, gateway.requestsTo("/api/logout").size());
        assertFalse(client.isLoggedIn());
        assertThrows(IllegalStateException.class, view::volumes);
    }

    @Test
    void versionAnswersThatAreNotMajorMinorAreRefused() {
        gateway.version("latest");
        try (GatewayClient client = gateway.client()) {
            GatewayClientException unreadable = assertThrows(GatewayClientException.class, client::login);
            assertTrue(unreadable.getMessage().contains("'latest'"), unreadable.getMessage());
            assertFalse(client.isLoggedIn());
            assertNull(unreadable.getCause());
        }
    }
}
