package io.arrowhead.hosts.emulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code docker} command line over a {@link DockerDaemon}: {@code version}, {@code volume create|inspect|ls|rm}
 * and {@code ps}, with Docker's outputs, messages and exit statuses (1 for daemon errors, 125 for usage errors).
 */
public final class DockerCli {

    // Stands in for Docker: moby's own rule for local volume names, the same as the host layer's DockerNames.
    private static final Pattern VOLUME_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    /** Docker sets no length limit, but the volume's directory name cannot exceed the file system's 255 bytes. */
    private static final int LONGEST_DIRECTORY_NAME = 255;
    private static final Set<String> LOCAL_OPTIONS = Set.of("type", "device", "o", "size");

    private final DockerDaemon daemon;

    public DockerCli(DockerDaemon daemon) {
        this.daemon = daemon;
    }

    public Reply run(List<String> args) {
        if (!daemon.isRunning()) {
            return Reply.error(1, DockerDaemon.NOT_RUNNING);
        }
        String command = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.subList(Math.min(1, args.size()), args.size());
        String sub = rest.isEmpty() ? "" : rest.get(0);
        List<String> subArgs = rest.subList(Math.min(1, rest.size()), rest.size());
        return switch (command + " " + (command.equals("volume") ? sub : "")) {
            case "version " -> version(rest);
            case "volume create" -> create(new Arguments(subArgs, "volume create"));
            case "volume inspect" -> inspect(subArgs);
            case "volume ls" -> list(new Arguments(subArgs, "volume ls"));
            case "volume rm" -> remove(new Arguments(subArgs, "volume rm"));
            case "ps " -> DockerPs.run(daemon, new Arguments(rest, "ps"));
            default -> Reply.error(1, "docker: '" + String.join(" ", args)
                    + "' is not a docker command on this emulated host.\nSee 'docker --help'");
        };
    }

    private static Reply version(List<String> args) {
        Arguments parsed = new Arguments(args, "version");
        String format = parsed.value("--format", "-f");
        if (parsed.problem() != null) {
            return parsed.usageError();
        } else if (format == null) {
            return Reply.ok("Client:\n Version:           " + DockerDaemon.VERSION + "\n\nServer:\n Engine:\n"
                    + "  Version:          " + DockerDaemon.VERSION + "\n");
        } else if (format.equals("{{.Server.Version}}") || format.equals("{{.Client.Version}}")) {
            return Reply.ok(DockerDaemon.VERSION + "\n");
        }
        return Reply.error(1, "template: emulated host answers only {{.Server.Version}} and {{.Client.Version}}");
    }

    private Reply create(Arguments args) {
        String driver = args.value("--driver", "-d");
        Map<String, String> options = pairs(args.values("--opt", "-o"));
        Map<String, String> labels = pairs(args.values("--label", "-l"));
        if (args.problem() != null || args.positional().size() > 1) {
            return args.usageError();
        }
        String name = args.positional().isEmpty() ? DockerDaemon.newId() : args.positional().get(0);
        String prefix = "Error response from daemon: create " + name + ": ";
        if (name.length() == 1) {
            return Reply.error(1, prefix + "volume name is too short, names should be at least two alphanumeric "
                    + "characters");
        }
        if (!VOLUME_NAME.matcher(name).matches()) {
            return Reply.error(1, prefix + "\"" + name + "\" includes invalid characters for a local volume name, "
                    + "only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, "
                    + "use absolute path");
        }
        if (name.length() > LONGEST_DIRECTORY_NAME) {
            return Reply.error(1, prefix + "mkdir /var/lib/docker/volumes/" + name + ": file name too long");
        }
        driver = driver == null ? "local" : driver;
        if (!driver.equals("local")) {
            return Reply.error(1, prefix + "error looking up volume plugin " + driver + ": plugin \"" + driver
                    + "\" not found");
        }
        for (String key : options.keySet()) {
            if (!LOCAL_OPTIONS.contains(key)) {
                return Reply.error(1, prefix + "invalid option: \"" + key + "\"");
            }
        }
        return Reply.ok(daemon.createVolume(name, driver, labels, options).name() + "\n");
    }

    /** Prints what it found, then fails for what it did not, as {@code docker volume inspect a b} does. */
    private Reply inspect(List<String> names) {
        if (names.isEmpty() || names.stream().anyMatch(name -> name.startsWith("-"))) {
            return Reply.error(1, "\"docker volume inspect\" requires at least 1 argument (no flags on this "
                    + "emulated host).\nUsage:  docker volume inspect VOLUME [VOLUME...]");
        }
        List<DockerDaemon.Volume> found = new ArrayList<>();
        StringBuilder errors = new StringBuilder();
        for (String name : names) {
            DockerDaemon.Volume volume = daemon.volume(name);
            if (volume == null) {
                errors.append("Error: No such volume: ").append(name).append('\n');
            } else {
                found.add(volume);
            }
        }
        return new Reply(errors.isEmpty() ? 0 : 1, DockerJson.inspect(found), errors.toString());
    }

    private Reply list(Arguments args) {
        boolean quiet = args.flag("--quiet", "-q");
        if (args.problem() != null || !args.positional().isEmpty()) {
            return args.usageError();
        }
        StringBuilder out = new StringBuilder(quiet ? "" : "DRIVER    VOLUME NAME\n");
        for (DockerDaemon.Volume volume : daemon.volumes()) {
            out.append(quiet ? "" : String.format("%-10s", volume.driver())).append(volume.name()).append('\n');
        }
        return Reply.ok(out.toString());
    }

    private Reply remove(Arguments args) {
        boolean force = args.flag("--force", "-f");
        if (args.problem() != null || args.positional().isEmpty()) {
            return args.usageError();
        }
        StringBuilder out = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        for (String name : args.positional()) {
            String problem = daemon.removeVolume(name, force);
            if (problem == null) {
                out.append(name).append('\n');
            } else {
                errors.append("Error response from daemon: ").append(problem).append('\n');
            }
        }
        return new Reply(errors.isEmpty() ? 0 : 1, out.toString(), errors.toString());
    }

    /** key=value pairs; a bare key has an empty value, as Docker reads labels. */
    private static Map<String, String> pairs(List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String value : values) {
            int equals = value.indexOf('=');
            map.put(equals < 0 ? value : value.substring(0, equals), equals < 0 ? "" : value.substring(equals + 1));
        }
        return map;
    }
}
