package io.arrowhead.scaleio.client;

/** The access an SDC gets to a mapped volume (3.x). */
public enum AccessMode {

    READ_WRITE("ReadWrite"),
    READ_ONLY("ReadOnly"),
    NO_ACCESS("NoAccess");

    private final String wireName;

    AccessMode(String wireName) {
        this.wireName = wireName;
    }

    /** The gateway's spelling. */
    public String wireName() {
        return wireName;
    }
}
