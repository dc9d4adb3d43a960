package io.arrowhead.hosts;

/**
 * A container (in any state) that mounts a Docker volume.
 *
 * @param state running, exited, created, paused, ...
 */
public record ContainerUse(String id, String name, String state, String image) {

    public boolean running() {
        return "running".equals(state);
    }
}
