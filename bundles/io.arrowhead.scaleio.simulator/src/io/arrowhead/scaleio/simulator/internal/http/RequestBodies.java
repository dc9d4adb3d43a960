package io.arrowhead.scaleio.simulator.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body in bounded chunks, each taken from the shared {@link BodyBudget} as it arrives, so memory
 * follows the bytes really received rather than a declared length, and stops at the per-body limit. (Jetty's own
 * {@code Content.Source.asByteArrayAsync(source, max)} enforces the limit but cannot charge a shared budget.)
 */
final class RequestBodies {

    private static final int CHUNK = 8 * 1024;

    private RequestBodies() {
    }

    /**
     * Reads the whole body; on return the caller owns {@code reservation.bytes()} of the budget and must release
     * them, also after an exception.
     */
    static byte[] read(Request request, int maxBytes, BodyBudget budget, Reservation reservation)
            throws IOException, RefusedException {
        long declared = request.getLength();
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), CHUNK));
        byte[] chunk = new byte[CHUNK];
        InputStream in = Content.Source.asInputStream(request);
        for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
            if (body.size() + read > maxBytes) {
                throw new RefusedException(413, "The request body is larger than the limit of " + maxBytes
                        + " bytes.");
            }
            if (!budget.tryReserve(read)) {
                throw new RefusedException(503, "The simulator is receiving too many request bodies at once; "
                        + "send the request again shortly.");
            }
            reservation.bytes += read;
            body.write(chunk, 0, read);
        }
        return body.toByteArray();
    }

    /** The bytes of the budget one request holds. */
    static final class Reservation {
        long bytes;
    }

    /** A body refused with a status, answered without reading the rest. */
    static final class RefusedException extends Exception {

        private static final long serialVersionUID = 1L;

        private final int status;

        RefusedException(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
