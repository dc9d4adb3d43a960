package io.arrowhead.scaleio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateFingerprintTest {

    private static final String CANONICAL = TestCertificates.SELF_SIGNED_SHA256;

    @Test
    void matchesWhatKeytoolPrints() {
        assertEquals(CANONICAL, CertificateFingerprint.sha256(TestCertificates.selfSigned()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "00:67:26:58:18:05:dd:d5:26:d6:8a:aa:d4:a9:65:e4:b6:e3:02:fd:20:de:3f:d5:2d:75:ee:c6:25:4d:3f:92",
        "00672658 1805DDD5 26D68AAA D4A965E4 B6E302FD 20DE3FD5 2D75EEC6 254D3F92",
        "0067265818 05ddd526d68aaad4a965e4b6e302fd20de3fd52d75eec6254d3f92",
        "  00:67:26:58:18:05:DD:D5:26:D6:8A:AA:D4:A9:65:E4:B6:E3:02:FD:20:DE:3F:D5:2D:75:EE:C6:25:4D:3F:92\n" })
    void normalisesAnyCaseAndSeparators(String typed) {
        assertEquals(CANONICAL, CertificateFingerprint.normalize(typed));
        assertEquals(new TlsPolicy.Pinned(CANONICAL), TlsPolicy.pinned(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "00:67", "zz672658180 5DDD526D68AAAD4A965E4B6E302FD20DE3FD52D75EEC6254D3F92",
        "00672658-1805DDD5-26D68AAA-D4A965E4-B6E302FD-20DE3FD5-2D75EEC6-254D3F92",
        "00672658180 5DDD526D68AAAD4A965E4B6E302FD20DE3FD52D75EEC6254D3F9200" })
    void refusesWhatIsNotASha256Fingerprint(String typed) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CertificateFingerprint.normalize(typed));
        assertTrue(refused.getMessage().contains("64 hexadecimal digits"), refused.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(IllegalArgumentException.class, () -> CertificateFingerprint.normalize(null));
    }
}
