package io.arrowhead.hosts;

import java.time.Duration;

/** A mapped ScaleIO volume did not show up as a block device on the host in time. */
public final class DeviceWaitTimeoutException extends HostException {

    private static final long serialVersionUID = 1L;

    private final String linkPath;
    private final Duration timeout;

    public DeviceWaitTimeoutException(String message, String linkPath, Duration timeout) {
        super(message);
        this.linkPath = linkPath;
        this.timeout = timeout;
    }

    public String linkPath() {
        return linkPath;
    }

    public Duration timeout() {
        return timeout;
    }
}
