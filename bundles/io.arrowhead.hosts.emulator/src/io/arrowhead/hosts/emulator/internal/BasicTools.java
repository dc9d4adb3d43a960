package io.arrowhead.hosts.emulator.internal;

import java.util.List;

/** The coreutils an emulated host offers: uname, cat, test, ls and readlink, with their real outputs and statuses. */
public final class BasicTools {

    static final String KERNEL = "Linux 6.1.0-40-amd64";
    static final String OS_RELEASE = """
            PRETTY_NAME="Arrowhead emulated Docker host"
            NAME="Arrowhead emulated Docker host"
            VERSION_ID="12"
            VERSION="12 (emulated)"
            ID=debian
            """;

    private final HostFiles files;
    private final String hostName;

    public BasicTools(HostFiles files, String hostName) {
        this.files = files;
        this.hostName = hostName;
    }

    public Reply uname(List<String> args) {
        String kernelName = "Linux";
        String release = KERNEL.substring(6);
        if (args.isEmpty() || args.equals(List.of("-s"))) {
            return Reply.ok(kernelName + "\n");
        } else if (args.equals(List.of("-r"))) {
            return Reply.ok(release + "\n");
        } else if (args.equals(List.of("-sr")) || args.equals(List.of("-s", "-r"))) {
            return Reply.ok(KERNEL + "\n");
        } else if (args.equals(List.of("-n"))) {
            return Reply.ok(hostName + "\n");
        } else if (args.equals(List.of("-a"))) {
            return Reply.ok(kernelName + " " + hostName + " " + release
                    + " #1 SMP PREEMPT_DYNAMIC Debian 6.1.153-1 (2025-09-20) x86_64 GNU/Linux\n");
        }
        return Reply.error(1, "uname: invalid option -- '" + String.join(" ", args) + "'\n"
                + "Try 'uname --help' for more information.");
    }

    public Reply cat(List<String> args) {
        StringBuilder out = new StringBuilder();
        for (String path : args) {
            String real = files.canonical(path);
            if (HostFiles.OS_RELEASE.equals(real)) {
                out.append(OS_RELEASE);
            } else if ("/etc/hostname".equals(real)) {
                out.append(hostName).append('\n');
            } else {
                HostFiles.Kind kind = files.kind(path);
                String why = kind == HostFiles.Kind.DIRECTORY ? "Is a directory"
                        : kind == HostFiles.Kind.MISSING ? "No such file or directory" : "Permission denied";
                return new Reply(1, out.toString(), "cat: " + path + ": " + why + "\n");
            }
        }
        return Reply.ok(out.toString());
    }

    /** {@code test -x|-b|-e|-f|-d PATH}: status only, 2 for a form it does not know, like test itself. */
    public Reply test(List<String> args) {
        if (args.size() != 2) {
            return Reply.error(2, "test: emulated host supports only test -x|-b|-e|-f|-d PATH");
        }
        HostFiles.Kind kind = files.kind(args.get(1));
        boolean holds = switch (args.get(0)) {
            case "-x" -> kind == HostFiles.Kind.EXECUTABLE || kind == HostFiles.Kind.DIRECTORY;
            case "-b" -> kind == HostFiles.Kind.BLOCK_DEVICE;
            case "-e" -> kind != HostFiles.Kind.MISSING;
            case "-f" -> kind == HostFiles.Kind.FILE || kind == HostFiles.Kind.EXECUTABLE;
            case "-d" -> kind == HostFiles.Kind.DIRECTORY;
            default -> false;
        };
        return Reply.status(holds ? 0 : 1);
    }

    /** {@code ls [-1] PATH...}; a missing path is status 2, as in GNU ls. */
    public Reply ls(List<String> args) {
        List<String> paths = args.stream().filter(arg -> !arg.equals("-1")).toList();
        if (paths.size() != 1 || paths.get(0).startsWith("-")) {
            return Reply.error(2, "ls: emulated host supports only ls -1 DIRECTORY");
        }
        String path = paths.get(0);
        List<String> entries = files.list(path);
        if (entries != null) {
            return Reply.ok(Reply.lines(entries));
        } else if (files.kind(path) != HostFiles.Kind.MISSING) {
            return Reply.ok(path + "\n");
        }
        return Reply.error(2, "ls: cannot access '" + path + "': No such file or directory");
    }

    /** {@code readlink -f PATH}: prints nothing and fails when a parent directory is missing. */
    public Reply readlink(List<String> args) {
        if (args.size() != 2 || !args.get(0).equals("-f")) {
            return Reply.error(1, "readlink: emulated host supports only readlink -f PATH");
        }
        String real = files.canonical(args.get(1));
        return real == null ? Reply.status(1) : Reply.ok(real + "\n");
    }
}
