package io.arrowhead.scaleio.client.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** Builds {@code Authorization: Basic} values without turning the secret into a {@link String}. */
final class BasicAuthorization {

    private BasicAuthorization() {
    }

    static String of(String user, char[] secret) {
        CharBuffer credentials = CharBuffer.allocate(user.length() + 1 + secret.length);
        credentials.put(user).put(':').put(secret).flip();
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(credentials);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(credentials.array(), '\0');
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
