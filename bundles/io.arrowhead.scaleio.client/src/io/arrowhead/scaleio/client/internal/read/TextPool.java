package io.arrowhead.scaleio.client.internal.read;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * One string for each spelling of a value that repeats across the objects of an answer, such as a link's
 * {@code rel}, a pool id or a state. A large list holds such a value hundreds of thousands of times; each was a
 * string of its own, to build and then to copy through every garbage collection while the list lives. The pool
 * compares the parser's characters with the strings it holds, so a value it knows costs no string at all. It holds
 * at most {@value #MAX_STRINGS} strings; later spellings are read as new strings. Used by one thread, for one answer.
 */
final class TextPool {

    private static final int MAX_STRINGS = 4096;

    /** Open addressing, at most half full, so that every probe ends at an empty slot; grows with the pool. */
    private String[] slots = new String[64];
    private int size;

    /** The text at the parser's current token, as {@link Values#text(JsonParser)} reads it. */
    String text(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return Values.text(parser);
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = slots.length - 1;
        for (int slot = (hash ^ (hash >>> 16)) & mask;; slot = (slot + 1) & mask) {
            String known = slots[slot];
            if (known == null) {
                String text = new String(chars, offset, length);
                if (size < MAX_STRINGS) {
                    slots[slot] = text;
                    if (++size * 2 == slots.length && size < MAX_STRINGS) {
                        grow();
                    }
                }
                return text;
            }
            if (known.hashCode() == hash && sameText(known, chars, offset, length)) {
                return known;
            }
        }
    }

    private void grow() {
        String[] old = slots;
        slots = new String[old.length * 2];
        int mask = slots.length - 1;
        for (String text : old) {
            if (text != null) {
                int hash = text.hashCode();
                int slot = (hash ^ (hash >>> 16)) & mask;
                while (slots[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = text;
            }
        }
    }

    private static boolean sameText(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
