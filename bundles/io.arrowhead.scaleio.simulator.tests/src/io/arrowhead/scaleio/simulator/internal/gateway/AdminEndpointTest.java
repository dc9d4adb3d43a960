package io.arrowhead.scaleio.simulator.internal.gateway;

import static io.arrowhead.scaleio.simulator.internal.gateway.GatewayFixture.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.simulator.internal.cluster.SdcVolumes;

class AdminEndpointTest {

    private static final String GUID = "B0E3BFB8-C20B-43BF-93C8-13339E85AA50";
    private static final SdcVolumes LISTING = new SdcVolumes("5d39e4d500000000", GUID, "218ce1797566a00f", List.of(
            new SdcVolumes.Volume("6c33633100000009", "data", 8_388_608, Path.of("/srv/store/6c33633100000009.img")),
            new SdcVolumes.Volume("6c3363310000000a", "logs", 16_777_216, null)));

    private GatewayFixture gateway;

    @BeforeEach
    void start() throws IOException {
        gateway = new GatewayFixture("3.5");
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private JsonNode json(HttpResponse<String> response) throws IOException {
        return Replies.JSON.readTree(response.body());
    }

    private void assertRefused(String body, String expectedMessagePart) throws IOException {
        HttpResponse<String> response = gateway.admin("POST", "/simulator/faults", body);
        assertEquals(400, response.statusCode(), body);
        String message = json(response).get("message").asText();
        assertTrue(message.contains(expectedMessagePart), message);
    }

    @Test
    void needsBasicUserAndPasswordNotAToken() throws IOException {
        HttpResponse<String> anonymous = gateway.get("/simulator/faults", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic "));
        String token = gateway.login();
        assertEquals(401, gateway.get("/simulator/faults", basic("admin", token)).statusCode());
        assertEquals(401, gateway.get("/simulator/faults", "Bearer " + token).statusCode());
        assertEquals(200, gateway.admin("GET", "/simulator/faults", null).statusCode());
    }

    @Test
    void setsListsAndClearsFaults() throws IOException {
        gateway.admin("POST", "/simulator/faults", "{\"action\":\"latency\",\"millis\":\"250\"}");
        gateway.admin("POST", "/simulator/faults", "{\"action\":\"failNext\",\"endpoint\":\"GET /api/version\","
                + "\"count\":2,\"httpStatus\":500,\"errorCode\":79,\"message\":\"Could not find the volume\"}");
        HttpResponse<String> listed = gateway.admin("POST", "/simulator/faults",
                "{\"action\":\"dropNext\",\"endpoint\":\"/api/*\"}");
        assertEquals(200, listed.statusCode());
        JsonNode faults = json(listed).get("faults");
        assertEquals(3, faults.size());
        assertEquals("{\"action\":\"latency\",\"millis\":250}", faults.get(0).toString());
        assertEquals("{\"action\":\"failNext\",\"endpoint\":\"GET /api/version\",\"count\":2,\"httpStatus\":500,"
                + "\"errorCode\":79,\"message\":\"Could not find the volume\"}", faults.get(1).toString());
        assertEquals("{\"action\":\"dropNext\",\"endpoint\":\"/api/*\",\"count\":1}", faults.get(2).toString());
        assertEquals(0, json(listed).get("hangingRequests").asInt());

        gateway.admin("POST", "/simulator/faults", "{\"action\":\"clear\"}");
        assertEquals(0, json(gateway.admin("GET", "/simulator/faults", null)).get("faults").size());
    }

    @Test
    void anInjectedFailureReachesGatewayCalls() throws IOException {
        String auth = basic("", gateway.login());
        gateway.admin("POST", "/simulator/faults", "{\"action\":\"failNext\",\"endpoint\":\"/api/instances\"}");
        HttpResponse<String> failed = gateway.get("/api/instances", auth);
        assertEquals(500, failed.statusCode());
        assertEquals("Injected fault", json(failed).get("message").asText());
    }

    @Test
    void expiresEveryToken() throws IOException {
        String auth = basic("", gateway.login());
        gateway.admin("POST", "/simulator/faults", "{\"action\":\"expireTokens\"}");
        assertEquals(401, gateway.get("/api/version", auth).statusCode());
    }

    @Test
    void refusesBadFaultRequestsWithAClearMessage() throws IOException {
        assertRefused("not json", "not valid JSON");
        assertRefused("[1]", "must be a JSON object");
        assertRefused("{}", "\"action\" is required");
        assertRefused("{\"action\":\"explode\"}", "Unknown action \"explode\"");
        assertRefused("{\"action\":\"failNext\"}", "\"endpoint\" is required");
        assertRefused("{\"action\":\"hangNext\",\"endpoint\":\"api/x\"}", "must start with / or *");
        assertRefused("{\"action\":\"dropNext\",\"endpoint\":\"G3T /x\"}", "Not an HTTP method");
        assertRefused("{\"action\":\"dropNext\",\"endpoint\":\"/x\",\"count\":0}", "\"count\" must be between");
        assertRefused("{\"action\":\"failNext\",\"endpoint\":\"/x\",\"httpStatus\":200}", "\"httpStatus\" must be");
        assertRefused("{\"action\":\"latency\"}", "\"millis\" is required");
        assertRefused("{\"action\":\"latency\",\"millis\":\"soon\"}", "\"millis\" must be a whole number");
        assertRefused("{\"action\":\"latency\",\"millis\":-5}", "\"millis\" must be between");
        assertEquals(0, json(gateway.admin("GET", "/simulator/faults", null)).get("faults").size());
    }

    @Test
    void registersAndConnectsSdcs() throws IOException {
        HttpResponse<String> registered = gateway.admin("POST", "/simulator/sdcs",
                "{\"guid\":\"B0E3BFB8-C20B-43BF-93C8-13339E85AA50\",\"ip\":\"10.0.0.5\",\"name\":\"lab\"}");
        assertEquals(200, registered.statusCode());
        assertEquals("5d39e4d500000000", json(registered).get("id").asText());
        String path = "/simulator/sdcs/B0E3BFB8-C20B-43BF-93C8-13339E85AA50/";
        assertEquals(200, gateway.admin("POST", path + "disconnect", null).statusCode());
        assertFalse(gateway.sdcsConnected.get("B0E3BFB8-C20B-43BF-93C8-13339E85AA50"));
        assertEquals(200, gateway.admin("POST", path + "connect", null).statusCode());
        assertTrue(gateway.sdcsConnected.get("B0E3BFB8-C20B-43BF-93C8-13339E85AA50"));
        assertEquals(404, gateway.admin("POST", "/simulator/sdcs/unknown/connect", null).statusCode());
        assertEquals(400, gateway.admin("POST", "/simulator/sdcs", "{\"ip\":\"10.0.0.5\"}").statusCode());
    }

    @Test
    void listsAnSdcsMappedVolumesAsJsonByDefault() throws IOException {
        gateway.mappedVolumes.put(GUID, LISTING);
        HttpResponse<String> listed = gateway.admin("GET", "/simulator/sdcs/" + GUID + "/volumes", null);
        assertEquals(200, listed.statusCode());
        assertEquals("application/json;charset=UTF-8", listed.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"sdcId\":\"5d39e4d500000000\",\"sdcGuid\":\"" + GUID + "\",\"systemId\":\"218ce1797566a00f\","
                + "\"volumes\":[{\"id\":\"6c33633100000009\",\"name\":\"data\",\"sizeInKb\":8388608,"
                + "\"backingFile\":\"/srv/store/6c33633100000009.img\"},{\"id\":\"6c3363310000000a\",\"name\":\"logs\","
                + "\"sizeInKb\":16777216,\"backingFile\":null}]}", listed.body());
        HttpResponse<String> asked = gateway.send("GET", "/simulator/sdcs/" + GUID + "/volumes",
                basic("admin", GatewayFixture.PASSWORD), null, "Accept", "application/json, text/plain");
        assertEquals(listed.body(), asked.body());
    }

    @Test
    void listsAnSdcsMappedVolumesAsLinesOfText() throws IOException {
        gateway.mappedVolumes.put(GUID, LISTING);
        gateway.mappedVolumes.put("5d39e4d500000001", new SdcVolumes("5d39e4d500000001", GUID.replace('B', 'C'),
                "218ce1797566a00f", List.of()));
        HttpResponse<String> listed = text("/simulator/sdcs/" + GUID + "/volumes", "text/plain");
        assertEquals(200, listed.statusCode());
        assertEquals("text/plain;charset=UTF-8", listed.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("218ce1797566a00f 6c33633100000009 8388608 /srv/store/6c33633100000009.img\n"
                + "218ce1797566a00f 6c3363310000000a 16777216 -\n", listed.body());
        assertEquals(listed.body(), text("/simulator/sdcs/" + GUID + "/volumes", "text/plain;q=0.9, */*").body());
        HttpResponse<String> none = text("/simulator/sdcs/5d39e4d500000001/volumes", "text/plain");
        assertEquals(200, none.statusCode());
        assertEquals("", none.body());
    }

    @Test
    void anUnknownSdcHasNoVolumeListing() throws IOException {
        HttpResponse<String> missing = gateway.admin("GET", "/simulator/sdcs/" + GUID + "/volumes", null);
        assertEquals(404, missing.statusCode());
        assertTrue(json(missing).get("message").asText().contains(GUID), missing.body());
        assertEquals(404, text("/simulator/sdcs/" + GUID + "/volumes", "text/plain").statusCode());
        assertEquals(405, gateway.admin("POST", "/simulator/sdcs/" + GUID + "/volumes", "{}").statusCode());
        assertEquals(401, gateway.get("/simulator/sdcs/" + GUID + "/volumes", null).statusCode());
    }

    private HttpResponse<String> text(String path, String accept) throws IOException {
        return gateway.send("GET", path, basic("admin", GatewayFixture.PASSWORD), null, "Accept", accept);
    }

    @Test
    void answersUnknownPathsAndMethods() throws IOException {
        assertEquals(404, gateway.admin("GET", "/simulator/nothing", null).statusCode());
        assertEquals(405, gateway.admin("DELETE", "/simulator/faults", null).statusCode());
        assertEquals(405, gateway.admin("GET", "/simulator/sdcs", null).statusCode());
    }
}
