package io.arrowhead.scaleio.simulator.internal.tls;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** PEM armour (RFC 7468): base64 in 64-character lines between BEGIN and END labels. */
final class Pem {

    static final String CERTIFICATE = "CERTIFICATE";
    static final String PRIVATE_KEY = "PRIVATE KEY";

    private Pem() {
    }

    static byte[] encode(String label, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The DER content of the first block with the label; IllegalArgumentException if there is none. */
    static byte[] decode(String label, String pem) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int start = pem.indexOf(begin);
        int stop = start < 0 ? -1 : pem.indexOf(end, start);
        if (stop < 0) {
            throw new IllegalArgumentException("No " + label + " block in the PEM text");
        }
        return Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), stop));
    }
}
