package io.arrowhead.hosts.emulator.internal;

import java.time.Instant;
import java.util.List;

/** {@code docker ps [-a] [-q] [--filter volume=|name=|status=] [--format '{{json .}}']}. */
final class DockerPs {

    private DockerPs() {
    }

    static Reply run(DockerDaemon daemon, Arguments args) {
        boolean all = args.flag("--all", "-a");
        boolean quiet = args.flag("--quiet", "-q");
        boolean noTrunc = args.flag("--no-trunc", "--no-trunc");
        List<String> filters = args.values("--filter", "-f");
        String format = args.value("--format", "--format");
        if (args.problem() != null || !args.positional().isEmpty()) {
            return args.usageError();
        }
        for (String filter : filters) {
            String key = filter.contains("=") ? filter.substring(0, filter.indexOf('=')) : filter;
            if (!List.of("volume", "name", "status").contains(key)) {
                return Reply.error(1, "Error response from daemon: invalid filter '" + key + "'");
            }
        }
        if (format != null && !format.equals("{{json .}}") && !format.equals("json")) {
            return Reply.error(1, "template: emulated host answers only --format '{{json .}}'");
        }
        StringBuilder out = new StringBuilder();
        if (!quiet && format == null) {
            out.append(String.format("%-15s%-15s%-20s%-25s%-10s%s%n", "CONTAINER ID", "IMAGE", "COMMAND",
                    "STATUS", "PORTS", "NAMES"));
        }
        for (DockerDaemon.Container container : daemon.containers()) {
            if (!(all || container.state.equals("running")) || !matches(container, filters)) {
                continue;
            }
            String id = noTrunc ? container.id : container.id.substring(0, 12);
            if (quiet) {
                out.append(id).append('\n');
            } else if (format != null) {
                out.append(DockerJson.psLine(container)).append('\n');
            } else {
                out.append(String.format("%-15s%-15s%-20s%-25s%-10s%s%n", id, container.image,
                        "\"sleep infinity\"", DockerJson.status(container, Instant.now()), "", container.name));
            }
        }
        return Reply.ok(out.toString());
    }

    /** Filters of different keys must all hold; several of one key match any of them, as in Docker. */
    private static boolean matches(DockerDaemon.Container container, List<String> filters) {
        for (String key : List.of("volume", "name", "status")) {
            List<String> wanted = filters.stream().filter(f -> f.startsWith(key + "="))
                    .map(f -> f.substring(key.length() + 1)).toList();
            if (!wanted.isEmpty() && wanted.stream().noneMatch(value -> switch (key) {
                case "volume" -> container.volumeName.equals(value) || value.equals("/data");
                case "name" -> container.name.contains(value);
                default -> container.state.equals(value);
            })) {
                return false;
            }
        }
        return true;
    }
}
