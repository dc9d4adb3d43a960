package io.arrowhead.hosts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/** Reads and edits OpenSSH known_hosts files line by line, so one odd line never hides the others. */
public final class KnownHostsFile {

    private static final String REVOKED = "revoked";

    private KnownHostsFile() {
    }

    /** Keys recorded for host:port (plain, {@code [host]:port} and hashed entries); marked lines are skipped. */
    public static List<PublicKey> keysFor(Path file, String host, int port) {
        List<PublicKey> keys = new ArrayList<>();
        for (String line : readLines(file)) {
            KnownHostEntry entry = parse(line);
            if (entry != null && entry.getMarker() == null && entry.isHostMatch(host, port)) {
                PublicKey key = publicKey(entry);
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * The number (from 1) of the first {@code @revoked} line that names this key, or 0 when none does. As in OpenSSH,
     * a revoked key is revoked whatever host pattern its line carries.
     */
    public static int revokedLine(Path file, PublicKey key) {
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            KnownHostEntry entry = parse(lines.get(i));
            if (entry != null && REVOKED.equals(entry.getMarker())) {
                PublicKey revoked = publicKey(entry);
                if (revoked != null && KeyUtils.compareKeys(revoked, key)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static PublicKey publicKey(KnownHostEntry entry) {
        try {
            return entry.getKeyEntry().resolvePublicKey(null, null, PublicKeyEntryResolver.IGNORING);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return null; // an unsupported key type cannot match what the host presents anyway
        }
    }

    /**
     * Rewrites the file without the entries for host:port, except @revoked ones, keeping its permissions; a crash
     * leaves it whole.
     */
    public static void removeHost(Path file, String host, int port) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        StringBuilder kept = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            KnownHostEntry entry = parse(line);
            // Forgetting a host's trust never lifts a revocation.
            if (entry == null || REVOKED.equals(entry.getMarker()) || !entry.isHostMatch(host, port)) {
                kept.append(line).append('\n');
            }
        }
        AtomicFiles.write(file, kept.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds one line by rewriting the file whole, so a crash never leaves half a line; a new file is created 0600, an
     * existing one keeps its permissions and gains a final newline if a hand edit left it without one.
     */
    public static void append(Path file, String line) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        AtomicFiles.write(file, (existing + separator + line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.isReadable(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static KnownHostEntry parse(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        try {
            return KnownHostEntry.parseKnownHostEntry(trimmed);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
