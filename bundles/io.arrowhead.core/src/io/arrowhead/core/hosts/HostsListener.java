package io.arrowhead.core.hosts;

/** Told of every {@link HostsEvent}, on the thread that made the change; a UI listener must switch threads itself. */
@FunctionalInterface
public interface HostsListener {

    void hostsChanged(HostsEvent event);
}
