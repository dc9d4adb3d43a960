package io.arrowhead.scaleio.client;

/**
 * One entry of the {@code details} array that comes with the gateway message {@code "Error with details"}.
 *
 * @param error the MDM return code name, such as {@code VOL_NOT_FOUND}
 * @param rc the MDM return code, or {@code null} if absent
 * @param errorMessage the text to show
 */
public record ErrorDetail(String error, Integer rc, String errorMessage) {
}
