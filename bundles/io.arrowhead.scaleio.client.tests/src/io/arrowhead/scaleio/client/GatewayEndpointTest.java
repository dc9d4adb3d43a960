package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayEndpointTest {

    @ParameterizedTest
    @CsvSource({
        "gw.example.com,                https, gw.example.com, 443",
        "https://gw.example.com/api,    https, gw.example.com, 443",
        "https://gw.example.com/api/,   https, gw.example.com, 443",
        "HTTPS://GW.Example.com:8443/,  https, gw.example.com, 8443",
        "http://127.0.0.1:8080/api,     http,  127.0.0.1,      8080",
        "http://gw,                     http,  gw,             80",
        "'  https://[::1]:9443/api  ',  https, [::1],          9443",
    })
    void acceptsTheShapesUsersPaste(String text, String scheme, String host, int port) {
        GatewayEndpoint endpoint = GatewayEndpoint.parse(text);
        assertEquals(scheme, endpoint.scheme());
        assertEquals(host, endpoint.host());
        assertEquals(port, endpoint.port());
    }

    @Test
    void buildsApiPathsWhetherOrNotTheAddressEndedInApi() {
        String expected = "https://gw:443/api/types/Volume/instances";
        assertEquals(expected, GatewayEndpoint.parse("gw/api").resolve("types/Volume/instances").toString());
        assertEquals(expected, GatewayEndpoint.parse("https://gw").resolve("/types/Volume/instances").toString());
        assertEquals(expected, GatewayEndpoint.parse("https://gw/").resolve("/api/types/Volume/instances").toString());
    }

    @Test
    void bracketsIpv6HostsInUris() {
        assertEquals("https://[::1]:9443/api/login", GatewayEndpoint.parse("https://[::1]:9443").resolve("login").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ftp://gw", "https://gw/other", "https://admin@gw", "https://gw/api?x=1",
        "https://gw:0", "https://gw:99999", "https://", "http://bad host/"})
    void refusesAddressesItCannotUseWithAMessage(String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> GatewayEndpoint.parse(text));
        assertTrue(error.getMessage() != null && error.getMessage().length() > 10, error.getMessage());
    }

    @Test
    void equalEndpointsNameTheSameGateway() {
        assertEquals(GatewayEndpoint.parse("gw.example.com"), GatewayEndpoint.parse("https://GW.example.com:443/api/"));
    }
}
