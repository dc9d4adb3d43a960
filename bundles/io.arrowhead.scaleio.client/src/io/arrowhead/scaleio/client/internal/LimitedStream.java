package io.arrowhead.scaleio.client.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * An answer body that fails once more than {@code limit} bytes have been read, so that a gateway streaming an
 * endless body cannot fill the heap. It remembers why it failed, so that a failure of the connection can be told
 * from a limit reached and from a body that does not parse.
 */
final class LimitedStream extends InputStream {

    /** Thrown when the answer goes past the limit. */
    static final class LimitExceeded extends IOException {

        private static final long serialVersionUID = 1L;

        LimitExceeded(long limit) {
            super("The answer is larger than " + limit + " bytes.");
        }
    }

    private final InputStream in;
    private final long limit;
    private long count;
    private boolean exceeded;
    private IOException readFailure;

    LimitedStream(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    /** Whether reading stopped at the limit or failed, as opposed to reaching the end of the body. */
    boolean failed() {
        return exceeded || readFailure != null;
    }

    /** The failure of the connection while reading, or {@code null}. */
    IOException readFailure() {
        return readFailure;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (exceeded) {
            throw new LimitExceeded(limit);
        }
        // one byte more than the limit allows tells an answer of exactly the limit from a larger one
        int allowed = (int) Math.min(length, limit - count + 1);
        int read;
        try {
            read = in.read(buffer, offset, allowed);
        } catch (IOException e) {
            readFailure = e;
            throw e;
        }
        if (read > 0) {
            count += read;
            if (count > limit) {
                exceeded = true;
                throw new LimitExceeded(limit);
            }
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        // through read, so that skipped bytes count too
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return exceeded ? 0 : in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
