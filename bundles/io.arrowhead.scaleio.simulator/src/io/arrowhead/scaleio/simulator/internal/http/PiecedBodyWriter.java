package io.arrowhead.scaleio.simulator.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

import io.arrowhead.scaleio.simulator.internal.PiecedBody;

/**
 * Writes a body through Jetty. One piece goes out as it is; many pieces (a list of 32,768 volumes is 65,000 of
 * them) are gathered into chunks, each written once the last has been, on the request's virtual thread. Chunks
 * keep TLS records and socket writes full-sized, and the first goes out while the rest are still being gathered.
 */
final class PiecedBodyWriter {

    /** Below the 512 KiB from which G1 treats an array as humongous in a heap of 2 GiB. */
    static final int CHUNK_BYTES = 256 * 1024;

    private PiecedBodyWriter() {
    }

    /** Writes the whole body as the response's content and completes {@code callback}. */
    static void write(PiecedBody body, Response response, Callback callback) {
        int count = body.pieceCount();
        if (count <= 1) {
            response.write(true, count == 0 ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(body.piece(0)), callback);
            return;
        }
        ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(CHUNK_BYTES, body.length()));
        try {
            for (int index = 0; index < count; index++) {
                byte[] piece = body.piece(index);
                for (int at = 0; at < piece.length;) {
                    if (!chunk.hasRemaining()) {
                        send(response, chunk);
                    }
                    int taken = Math.min(chunk.remaining(), piece.length - at);
                    chunk.put(piece, at, taken);
                    at += taken;
                }
            }
        } catch (IOException e) { // the client went away, or the server is stopping
            callback.failed(e);
            return;
        }
        response.write(true, chunk.flip(), callback);
    }

    /** Writes the chunk and waits until Jetty is done with it, so that it can be filled again. */
    private static void send(Response response, ByteBuffer chunk) throws IOException {
        chunk.flip();
        try (Blocker.Callback written = Blocker.callback()) {
            response.write(false, chunk, written);
            written.block();
        }
        chunk.clear();
    }
}
