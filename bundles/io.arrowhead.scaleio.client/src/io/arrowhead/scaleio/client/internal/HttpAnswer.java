package io.arrowhead.scaleio.client.internal;

/**
 * A gateway answer, read completely.
 *
 * @param statusText the reason phrase, possibly empty
 */
public record HttpAnswer(int status, String statusText, String body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
