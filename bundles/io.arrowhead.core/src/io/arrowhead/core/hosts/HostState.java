package io.arrowhead.core.hosts;

/** Where a Docker host stands as the console last checked it; the Docker Hosts tree shows it on the host's node. */
public enum HostState {
    /** Not checked since the console started. */
    UNKNOWN("not checked yet"),
    CHECKING("checking…"),
    /** Reached, Docker usable, and its SDC known to a connected gateway. */
    CONNECTED("connected"),
    UNREACHABLE("unreachable"),
    /** The host offered a key other than the trusted one; nothing ran. */
    HOST_KEY_CHANGED("host key changed"),
    /** The host offered a key no one has trusted yet; a background check does not ask, F5 does. */
    HOST_KEY_UNTRUSTED("host key not trusted yet"),
    LOGIN_REFUSED("login refused"),
    /** Reached, but no SDC is installed. */
    NO_SDC("no SDC"),
    /** Reached, but no connected gateway knows its SDC's GUID. */
    SDC_UNKNOWN("SDC not known to any connected gateway");

    private final String label;

    HostState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
