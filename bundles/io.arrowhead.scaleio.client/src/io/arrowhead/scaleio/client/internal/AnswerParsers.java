package io.arrowhead.scaleio.client.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The JSON parsers for one gateway's answers. Bytes alone do not bound the heap: an endless {@code [{},{},...]}
 * becomes an object per three bytes. So an answer may also hold at most one token per {@value #BYTES_PER_TOKEN}
 * bytes of the limit; real answers hold about one per 13 ({@code GET /api/instances} for 32,768 volumes: 62 MB,
 * 4.6 million tokens), so they meet both limits at about the same size.
 *
 * @param values for answers read into model objects
 * @param statistics for statistics answers, keyed by tens of thousands of object ids: their names are not
 *        canonicalised, since that fills the factory's name table until it is thrown away and rebuilt, which made
 *        every later tick 4x slower
 */
record AnswerParsers(JsonFactory values, JsonFactory statistics, long maxTokens) {

    static final int BYTES_PER_TOKEN = 16;
    /** So that a small byte limit, as in tests, is still the limit that counts. */
    private static final long MIN_TOKENS = 65_536;

    static AnswerParsers forLimit(long maxAnswerBytes) {
        long maxTokens = Math.max(MIN_TOKENS, maxAnswerBytes / BYTES_PER_TOKEN);
        StreamReadConstraints constraints = StreamReadConstraints.builder().maxTokenCount(maxTokens).build();
        return new AnswerParsers(JsonFactory.builder().streamReadConstraints(constraints).build(),
                JsonFactory.builder().streamReadConstraints(constraints)
                        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build(),
                maxTokens);
    }
}
