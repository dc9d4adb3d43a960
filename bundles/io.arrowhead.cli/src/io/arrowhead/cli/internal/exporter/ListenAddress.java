package io.arrowhead.cli.internal.exporter;

import java.net.InetSocketAddress;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --listen HOST:PORT}: an IPv4 address or name, or an IPv6 address in brackets, and a port 0 to 65535. */
public final class ListenAddress implements ITypeConverter<InetSocketAddress> {

    @Override
    public InetSocketAddress convert(String value) {
        String text = value.strip();
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? "" : text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || host.contains(":") && !text.startsWith("[")) {
            throw new TypeConversionException("'" + value + "' is not an address to listen on: give HOST:PORT, such"
                + " as 127.0.0.1:9700, or [::1]:9700 for IPv6.");
        }
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return InetSocketAddress.createUnresolved(host, port);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' has no valid port: give a number from 0 to 65535"
                + " after the colon, such as 127.0.0.1:9700.");
        }
    }
}
