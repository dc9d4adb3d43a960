package io.arrowhead.scaleio.simulator.internal.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The names a client may use to reach the simulator: always {@code localhost} and 127.0.0.1, plus the bind host
 * when it is a concrete name or address. Clients that verify certificates check the host of the URL against these.
 */
public record SubjectAltNames(List<String> dnsNames, List<InetAddress> ipAddresses) {

    public SubjectAltNames {
        dnsNames = List.copyOf(dnsNames);
        ipAddresses = List.copyOf(ipAddresses);
    }

    public static SubjectAltNames forBindAddress(String bindAddress) throws UnknownHostException {
        List<String> dns = new ArrayList<>(List.of("localhost"));
        List<InetAddress> ips = new ArrayList<>(List.of(InetAddress.getByName("127.0.0.1")));
        String host = bindAddress.strip();
        if (isIpLiteral(host)) {
            InetAddress address = InetAddress.getByName(host);
            if (!address.isAnyLocalAddress() && !ips.contains(address)) {
                ips.add(address);
            }
        } else if (!host.isEmpty() && !dns.contains(host.toLowerCase(Locale.ROOT))) {
            dns.add(host.toLowerCase(Locale.ROOT));
        }
        return new SubjectAltNames(dns, ips);
    }

    /** Whether the certificate names every host this set holds, so it can serve this bind address. */
    boolean coveredBy(X509Certificate certificate) throws CertificateParsingException, UnknownHostException {
        Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
        if (entries == null) {
            return false;
        }
        List<String> names = new ArrayList<>();
        List<InetAddress> addresses = new ArrayList<>();
        for (List<?> entry : entries) {
            Object value = entry.get(1);
            if (Integer.valueOf(2).equals(entry.get(0))) {
                names.add(String.valueOf(value).toLowerCase(Locale.ROOT));
            } else if (Integer.valueOf(7).equals(entry.get(0))) {
                addresses.add(InetAddress.getByName(String.valueOf(value)));
            }
        }
        return names.containsAll(dnsNames) && addresses.containsAll(ipAddresses);
    }

    /** IPv4 dotted quads and anything with a colon (IPv6); InetAddress parses those without a DNS lookup. */
    private static boolean isIpLiteral(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.contains(":");
    }
}
