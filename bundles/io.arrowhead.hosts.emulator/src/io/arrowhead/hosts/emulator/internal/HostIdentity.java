package io.arrowhead.hosts.emulator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * What makes an emulated host the same host across restarts: its SSH host key and its SDC GUID, each kept in a file
 * and created on first use, so clients' known hosts and the gateway's SDC list stay valid.
 */
public final class HostIdentity {

    // The emulator stands in for the SDC on a host, so it keeps its own GUID rule instead of the console's ScaleIoIds.
    private static final Pattern GUID = Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");

    private HostIdentity() {
    }

    /** An EC P-256 host key kept in this file; generated and written when missing. */
    public static SimpleGeneratorHostKeyProvider hostKeys(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
        provider.setAlgorithm("EC");
        provider.setKeySize(256);
        List<KeyPair> keys = provider.loadKeys(null);
        if (keys.isEmpty()) {
            throw new IOException("Cannot load or create the host key " + file + ".");
        }
        return provider;
    }

    /** The upper-case GUID kept in this file; a new random one is written when the file is missing or invalid. */
    public static String guid(Path file) throws IOException {
        if (Files.exists(file)) {
            String saved = Files.readString(file, StandardCharsets.UTF_8).strip().toUpperCase(Locale.ROOT);
            if (GUID.matcher(saved).matches()) {
                return saved;
            }
        }
        String guid = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        Files.writeString(file, guid + "\n", StandardCharsets.UTF_8);
        return guid;
    }

    /** A per-host address from TEST-NET-1 (RFC 5737), derived from the GUID so it is stable too. */
    public static String sdcIp(String guid) {
        return "192.0.2." + (1 + Math.floorMod(guid.hashCode(), 250));
    }
}
