package io.arrowhead.scaleio.simulator.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** Reads a request body in bounded chunks, refusing it as soon as it grows past the limit. */
final class RequestBodies {

    private static final int CHUNK = 8 * 1024;

    private RequestBodies() {
    }

    static byte[] read(Request request, int maxBytes) throws IOException, TooLargeException {
        long declared = request.getLength();
        if (declared == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), CHUNK));
        byte[] chunk = new byte[CHUNK];
        InputStream in = Content.Source.asInputStream(request);
        for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
            if (body.size() + read > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            body.write(chunk, 0, read);
        }
        return body.toByteArray();
    }

    static final class TooLargeException extends Exception {

        private static final long serialVersionUID = 1L;

        TooLargeException(int maxBytes) {
            super("The request body is larger than the limit of " + maxBytes + " bytes.");
        }
    }
}
