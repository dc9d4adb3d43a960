package io.arrowhead.hosts.internal;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentKeyConstraint;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * Talks to a running ssh-agent over its Unix socket (JDK Unix domain sockets, so MINA's tomcat-native agent is not
 * needed). Only listing identities and signing are supported; Arrowhead never changes the agent's keys.
 */
public final class UnixAgentClient implements SshAgent {

    private static final byte FAILURE = 5;
    private static final byte REQUEST_IDENTITIES = 11;
    private static final byte IDENTITIES_ANSWER = 12;
    private static final byte SIGN_REQUEST = 13;
    private static final byte SIGN_RESPONSE = 14;
    private static final int RSA_SHA2_256 = 2;
    private static final int RSA_SHA2_512 = 4;
    private static final int MAX_MESSAGE = 256 * 1024;

    private final SocketChannel channel;
    /** The exact blobs the agent sent, because signing requests must name a key the same way. */
    private final List<Map.Entry<PublicKey, byte[]>> blobs = new ArrayList<>();

    public UnixAgentClient(Path socket) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            channel.close();
            throw new IOException("Cannot reach the SSH agent at " + socket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Iterable<? extends Map.Entry<PublicKey, String>> getIdentities() throws IOException {
        Buffer answer = request(new ByteArrayBuffer(new byte[] {REQUEST_IDENTITIES}), IDENTITIES_ANSWER);
        long count = answer.getUInt();
        List<Map.Entry<PublicKey, String>> identities = new ArrayList<>();
        blobs.clear();
        for (long i = 0; i < count; i++) {
            byte[] blob = answer.getBytes();
            String comment = answer.getString();
            try {
                PublicKey key = new ByteArrayBuffer(blob).getRawPublicKey();
                blobs.add(Map.entry(key, blob));
                identities.add(Map.entry(key, comment));
            } catch (RuntimeException e) {
                // Key types MINA cannot use (certificates, security keys) are simply not offered.
            }
        }
        return identities;
    }

    @Override
    public synchronized Map.Entry<String, byte[]> sign(SessionContext session, PublicKey key, String algorithm,
            byte[] data) throws IOException {
        ByteArrayBuffer message = new ByteArrayBuffer();
        message.putByte(SIGN_REQUEST);
        message.putBytes(blobFor(key));
        message.putBytes(data);
        message.putUInt(switch (algorithm == null ? "" : algorithm) {
            case "rsa-sha2-256" -> RSA_SHA2_256;
            case "rsa-sha2-512" -> RSA_SHA2_512;
            default -> 0;
        });
        Buffer signature = new ByteArrayBuffer(request(message, SIGN_RESPONSE).getBytes());
        return Map.entry(signature.getString(), signature.getBytes());
    }

    private byte[] blobFor(PublicKey key) throws IOException {
        for (Map.Entry<PublicKey, byte[]> entry : blobs) {
            if (KeyUtils.compareKeys(entry.getKey(), key)) {
                return entry.getValue();
            }
        }
        ByteArrayBuffer blob = new ByteArrayBuffer();
        blob.putRawPublicKey(key);
        return blob.getCompactData();
    }

    private Buffer request(Buffer message, byte expected) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(4 + message.available());
        out.putInt(message.available()).put(message.array(), message.rpos(), message.available()).flip();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        ByteBuffer length = readFully(4);
        int size = length.getInt();
        if (size < 1 || size > MAX_MESSAGE) {
            throw new IOException("The SSH agent sent a malformed answer (" + size + " bytes).");
        }
        Buffer answer = new ByteArrayBuffer(readFully(size).array());
        byte type = answer.getByte();
        if (type != expected) {
            throw new IOException(type == FAILURE ? "The SSH agent refused the request."
                : "The SSH agent sent an unexpected answer (type " + type + ").");
        }
        return answer;
    }

    private ByteBuffer readFully(int size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(size);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("The SSH agent closed the connection.");
            }
        }
        return buffer.flip();
    }

    @Override
    public void addIdentity(KeyPair key, String comment, SshAgentKeyConstraint... constraints) throws IOException {
        throw new UnsupportedOperationException("Arrowhead does not add keys to the SSH agent.");
    }

    @Override
    public void removeIdentity(PublicKey key) throws IOException {
        throw new UnsupportedOperationException("Arrowhead does not remove keys from the SSH agent.");
    }

    @Override
    public void removeAllIdentities() throws IOException {
        throw new UnsupportedOperationException("Arrowhead does not remove keys from the SSH agent.");
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
