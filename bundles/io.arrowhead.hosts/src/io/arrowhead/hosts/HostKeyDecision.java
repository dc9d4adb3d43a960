package io.arrowhead.hosts;

/** What the user decided about a host key seen for the first time. */
public enum HostKeyDecision {
    /** Trust it and remember it in the application's known hosts file. */
    ACCEPT_PERMANENTLY,
    /** Trust it until the application (the {@link HostKeyStore}) goes away. */
    ACCEPT_ONCE,
    /** Do not connect. */
    REJECT
}
