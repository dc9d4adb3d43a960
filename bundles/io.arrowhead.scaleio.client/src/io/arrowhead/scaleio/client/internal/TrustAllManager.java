package io.arrowhead.scaleio.client.internal;

import java.security.cert.X509Certificate;

/**
 * Trusts every certificate. It exists because a user may explicitly choose it for a throw-away lab gateway, as
 * PyPowerFlex, REX-Ray and os-brick allow; the client never picks it by default.
 */
final class TrustAllManager extends ServerCertificateCheck {

    @Override
    void checkServer(X509Certificate[] chain) {
        // accepted by the user's explicit choice
    }
}
