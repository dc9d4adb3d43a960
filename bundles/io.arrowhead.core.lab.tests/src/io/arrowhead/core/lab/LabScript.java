package io.arrowhead.core.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code releng/lab/lab.sh} subcommands and returns their output; a failure carries the script's own words. */
final class LabScript {

    private final Path script;
    private final Path state;

    LabScript(Path script, Path state) {
        this.script = script;
        this.state = state;
    }

    Path state() {
        return state;
    }

    /** Runs {@code lab.sh <subcommand> <arguments...> --state <dir>} and returns its standard output. */
    String run(String subcommand, List<String> arguments, long timeoutSeconds) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), subcommand));
        command.addAll(arguments);
        command.addAll(List.of("--state", state.toString()));
        return execute(command, timeoutSeconds);
    }

    /** Runs a command inside lab host {@code index}'s namespaces, with its Docker daemon as the default. */
    String exec(int index, String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of("bash", script.toString(), "exec", "--state", state.toString(),
            String.valueOf(index)));
        line.addAll(List.of(command));
        return execute(line, 120);
    }

    private static String execute(List<String> command, long timeoutSeconds) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        process.getOutputStream().close();
        try {
            // Output is read on its own threads so that a chatty command cannot fill a pipe and stall.
            var out = readAll(process.getInputStream());
            var err = readAll(process.getErrorStream());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            String stdout = out.join();
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed with exit " + process.exitValue() + ":\n"
                    + err.join() + stdout);
            }
            return stdout;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("Interrupted while running " + command, e);
        }
    }

    private static CompletableFuture<String> readAll(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(unreadable: " + e.getMessage() + ")";
            }
        }, task -> Thread.ofVirtual().start(task));
    }
}
