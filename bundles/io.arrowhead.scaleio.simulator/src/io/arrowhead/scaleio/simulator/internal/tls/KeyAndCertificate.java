package io.arrowhead.scaleio.simulator.internal.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A private key and the self-signed certificate of its public key. */
record KeyAndCertificate(PrivateKey privateKey, X509Certificate certificate) {
}
