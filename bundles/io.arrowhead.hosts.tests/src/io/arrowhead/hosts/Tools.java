package io.arrowhead.hosts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/** Runs the local OpenSSH tools (ssh-keygen, ssh-agent, ssh-add) the tests compare against. */
final class Tools {

    private Tools() {
    }

    /** Runs a tool to completion and returns its output; fails on a non-zero exit. */
    static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    static String run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }

    /** Creates a key pair with ssh-keygen; passphrase "" = unencrypted. */
    static Path keygen(Path dir, String name, String type, String passphrase) throws Exception {
        Path key = dir.resolve(name);
        run("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", name, "-f", key.toString());
        return key;
    }

    /**
     * ed25519 where MINA can use it (it needs Bouncy Castle or net.i2p eddsa at run time), else ECDSA, so the
     * tests still cover OpenSSH-format encrypted keys and the agent.
     */
    static String modernKeyType() {
        return org.apache.sshd.common.util.security.SecurityUtils.isEDDSACurveSupported() ? "ed25519" : "ecdsa";
    }

    static PublicKey publicKey(Path privateKey) throws Exception {
        String line = Files.readString(privateKey.resolveSibling(privateKey.getFileName() + ".pub")).strip();
        return PublicKeyEntry.parsePublicKeyEntry(line).resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
    }

    /** What {@code ssh-keygen -lf} says the fingerprint of a public key line is. */
    static String fingerprint(Path dir, String publicKeyLine) throws Exception {
        Path file = Files.writeString(dir.resolve("fp-" + System.nanoTime() + ".pub"), publicKeyLine + "\n");
        List<String> words = List.of(run("ssh-keygen", "-l", "-E", "sha256", "-f", file.toString()).strip().split(" "));
        return words.get(1);
    }

    /** Polls (without asserting on time) until the condition holds or about 20 s passed. */
    static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
