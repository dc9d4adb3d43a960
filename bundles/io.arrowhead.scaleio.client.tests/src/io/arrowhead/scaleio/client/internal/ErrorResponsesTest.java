package io.arrowhead.scaleio.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.arrowhead.scaleio.client.ErrorDetail;
import io.arrowhead.scaleio.client.Fixtures;
import io.arrowhead.scaleio.client.GatewayAuthenticationException;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.scaleio.client.GatewayErrorCode;
import io.arrowhead.scaleio.client.GatewayException;

class ErrorResponsesTest {

    private static final GatewayEndpoint GATEWAY = GatewayEndpoint.parse("gw.example.com");

    private static GatewayException fromFixture(String file) throws IOException {
        String body = Fixtures.read("errors/" + file);
        int status = Integer.parseInt(file.substring(0, 3));
        return ErrorResponses.of(GATEWAY, new HttpAnswer(status, "", body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "400_bad_remove_mode.json         | 0   | ILLEGAL                        | removeMode should get one of the following values: ONLY_ME, INCLUDING_DESCENDANTS, DESCENDANTS_ONLY, WHOLE_VTREE, but its value is Uknown.",
        "400_missing_parameter.json       | 0   | ILLEGAL                        | Request message is not valid: The following parameter(s) must be part of the request body: storagePoolId.",
        "401_unauthorized.json            | 0   | ILLEGAL                        | Unauthorized",
        "500_not_found_by_name.json       | 3   | NOT_FOUND                      | Not found",
        "500_volume_not_found.json        | 79  | VOL_NOT_FOUND                  | Could not find the volume",
        "500_already_mapped_to_this_sdc.json | 81 | VOL_ALREADY_MAPPED_TO_THIS_INI | The volume is already mapped to this SDC",
        "500_not_mapped_to_sdc.json       | 84  | VOL_NOT_MAPPED_TO_INI          | The volume is not mapped to SDC",
        "500_volume_name_in_use.json      | 99  | VOL_NAME_IN_USE                | Volume name already in use. Please use a different name.",
        "500_volume_is_mapped.json        | 104 | VOL_MAPPED                     | Volume is mapped",
        "500_decrease_not_supported.json  | 133 | VOL_DECREASE_NOT_SUPPORTED     | Volume capacity can only be increased",
        "500_single_mapping_only.json     | 306 | SINGLE_MAPPING_ONLY_LEGACY     | Only a single SDC may be mapped to this volume at a time",
    })
    void everyErrorFixtureBecomesAGatewayException(String file, int code, String name, String message)
            throws IOException {
        GatewayException error = fromFixture(file);

        assertEquals(Integer.parseInt(file.substring(0, 3)), error.httpStatus());
        assertEquals(code, error.errorCode());
        assertEquals(name, GatewayErrorCode.nameOf(error.errorCode()));
        assertTrue(error.is(code));
        assertEquals(message, error.gatewayMessage());
        assertEquals(List.of(), error.details());
        assertEquals(message + " (error " + code + ") [gateway https://gw.example.com:443]", error.getMessage());
        assertEquals(GATEWAY, error.endpoint());
    }

    @Test
    void anErrorWithDetailsSurfacesTheFirstDetail() throws IOException {
        GatewayException error = fromFixture("500_error_with_details_example.json");

        assertEquals(500, error.httpStatus());
        assertEquals(GatewayErrorCode.VOL_NOT_FOUND, error.errorCode());
        assertEquals("Could not find the volume", error.gatewayMessage());
        assertEquals(List.of(new ErrorDetail("VOL_NOT_FOUND", 79, "Could not find the volume")), error.details());
        assertTrue(error.is(GatewayErrorCode.VOL_NOT_FOUND));
        assertFalse(error.is(GatewayErrorCode.VOL_MAPPED));
        assertTrue(error.getMessage().startsWith("Could not find the volume (error 79)"), error.getMessage());
    }

    @Test
    void anHtmlErrorPageFallsBackToTheStatusText() throws IOException {
        GatewayException error = ErrorResponses.of(GATEWAY,
                new HttpAnswer(502, "Bad Gateway", "<html><body><h1>502 Bad Gateway</h1></body></html>"));

        assertEquals(GatewayException.NO_ERROR_CODE, error.errorCode());
        assertEquals("Bad Gateway", error.gatewayMessage());
        assertEquals("Bad Gateway (HTTP 502) [gateway https://gw.example.com:443]", error.getMessage());
    }

    @Test
    void aMissingReasonPhraseStillGivesAStatusText() throws IOException {
        assertEquals("Internal Server Error (HTTP 500)", ErrorResponses.of(GATEWAY, new HttpAnswer(500, "", "")).detail());
        assertEquals("Not Found (HTTP 404)", ErrorResponses.of(GATEWAY, new HttpAnswer(404, "", "{}")).detail());
    }

    @Test
    void authenticationFailuresSayWhatWasRefused() throws IOException {
        GatewayAuthenticationException refused = ErrorResponses.authentication(GATEWAY,
                new HttpAnswer(401, "Unauthorized", Fixtures.read("errors/401_unauthorized.json")),
                "The gateway refused the login of user 'admin'");

        assertEquals(401, refused.httpStatus());
        assertEquals(0, refused.errorCode());
        assertEquals("The gateway refused the login of user 'admin': Unauthorized (error 0)", refused.detail());
    }

    @Test
    void unknownCodesHaveNoName() throws IOException {
        assertEquals(null, GatewayErrorCode.nameOf(717));
    }
}
