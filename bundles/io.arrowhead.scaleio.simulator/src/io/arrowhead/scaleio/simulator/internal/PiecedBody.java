package io.arrowhead.scaleio.simulator.internal;

import java.util.List;

/**
 * A response body kept as the pieces it is made of, such as each volume's JSON with the commas between them. The
 * server writes the pieces as they are, so a list of 32,768 volumes (45 MB) is never copied into one array.
 */
public final class PiecedBody {

    private static final PiecedBody EMPTY = new PiecedBody(new byte[0][], 0);

    private final byte[][] pieces;
    private final long length;

    private PiecedBody(byte[][] pieces, long length) {
        this.pieces = pieces;
        this.length = length;
    }

    /** The body in one piece; the array is not copied, so it must not change afterwards. */
    public static PiecedBody of(byte[] whole) {
        return whole.length == 0 ? EMPTY : new PiecedBody(new byte[][] { whole }, whole.length);
    }

    /** The pieces in order; none may change afterwards (they are not copied). */
    public static PiecedBody of(List<byte[]> pieces) {
        long length = 0;
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        return new PiecedBody(pieces.toArray(new byte[0][]), length);
    }

    /** All bytes of the body. */
    public long length() {
        return length;
    }

    public int pieceCount() {
        return pieces.length;
    }

    /** The piece at {@code index}, counted from 0; the caller must not change it. */
    public byte[] piece(int index) {
        return pieces[index];
    }

    /** The body in one array: the one piece itself, or a copy of all joined. */
    public byte[] toByteArray() {
        if (pieces.length == 1) {
            return pieces[0];
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("A body of " + length + " bytes does not fit in one array");
        }
        byte[] joined = new byte[(int) length];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, joined, at, piece.length);
            at += piece.length;
        }
        return joined;
    }
}
