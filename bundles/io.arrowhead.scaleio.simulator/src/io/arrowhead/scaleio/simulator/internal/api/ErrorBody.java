package io.arrowhead.scaleio.simulator.internal.api;

import java.nio.charset.StandardCharsets;

/** Renders the gateway's error object with the field order real gateways use. */
final class ErrorBody {

    private ErrorBody() {
    }

    static byte[] json(int status, int errorCode, String message) {
        StringBuilder json = new StringBuilder(64 + message.length()).append("{\"message\":\"");
        for (char c : message.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append("\",\"httpStatusCode\":").append(status).append(",\"errorCode\":").append(errorCode).append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
