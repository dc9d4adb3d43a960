package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a simulator killed at this moment leaves on disk: a copy of the state file and journal files of a running
 * cluster, in a new directory, to open as the restarted simulator would. Changes answered before the copy are
 * written and forced, and the copy sees every byte written, so it holds at least what a kill -9 would leave.
 */
final class Crash {

    private Crash() {
    }

    /** Copies the files of {@code directory} to a subdirectory {@code name} of it; returns the copied state.json. */
    static Path image(Path directory, String name) throws IOException {
        Path image = Files.createDirectory(directory.resolve(name));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, Files::isRegularFile)) {
            for (Path entry : entries) {
                Files.copy(entry, image.resolve(entry.getFileName()));
            }
        }
        return image.resolve("state.json");
    }
}
