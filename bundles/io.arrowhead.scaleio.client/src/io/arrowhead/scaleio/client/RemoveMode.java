package io.arrowhead.scaleio.client;

/** What {@code removeVolume} removes; sent by name. */
public enum RemoveMode {
    /** The volume alone. */
    ONLY_ME,
    /** The volume and its snapshots. */
    INCLUDING_DESCENDANTS,
    /** The volume's snapshots, not the volume. */
    DESCENDANTS_ONLY,
    /** Every volume of the volume's VTree. */
    WHOLE_VTREE
}
