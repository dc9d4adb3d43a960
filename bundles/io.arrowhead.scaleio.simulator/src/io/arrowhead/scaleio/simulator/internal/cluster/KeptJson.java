package io.arrowhead.scaleio.simulator.internal.cluster;

/**
 * An object's JSON as {@link EntityJson} last rendered it, kept on the object itself: a list of 32,768 volumes then
 * reads one field per volume (looking each up in a map cost more than joining the bytes). Reads fill it under the
 * state's read lock, several at once, hence volatile; actions clear it under the write lock when they change the
 * object.
 */
abstract class KeptJson {

    /** Null until rendered, and again once the object changed. */
    volatile byte[] keptJson;
}
