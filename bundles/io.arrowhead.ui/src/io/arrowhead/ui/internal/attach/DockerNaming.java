package io.arrowhead.ui.internal.attach;

import io.arrowhead.hosts.DockerNames;

/** The Docker volume name a ScaleIO volume gets by default: its own name, made one that Docker accepts. */
final class DockerNaming {

    private DockerNaming() {
    }

    static String defaultName(String volumeName) {
        String name = volumeName == null ? "" : volumeName.strip().replaceAll("[^a-zA-Z0-9_.-]", "-");
        name = name.replaceFirst("^[^a-zA-Z0-9]+", "");
        if (name.length() < 2) {
            name = "volume-" + name;
        }
        if (name.length() > DockerNames.MAX_VOLUME_NAME_LENGTH) {
            name = name.substring(0, DockerNames.MAX_VOLUME_NAME_LENGTH);
        }
        return name;
    }
}
