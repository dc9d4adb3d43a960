package io.arrowhead.scaleio.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.arrowhead.scaleio.simulator.internal.auth.ApiVersion;
import io.arrowhead.scaleio.simulator.internal.auth.UsersFile;

/** The command line of {@link SimulatorMain}, parsed and checked; every mistake is a {@link UsageException}. */
final class SimulatorOptions {

    static final int DEFAULT_PORT = 8443;

    static final String USAGE = """
            Usage: scaleio-simulator [options]    (from a checkout: ./arrowhead simulator [options])
            Runs a local ScaleIO REST Gateway simulator (a demo, not a real gateway) until Ctrl+C or SIGTERM.
              --port N                 port to listen on (default 8443; 0 picks a free one)
              --bind ADDR              address to listen on (default 127.0.0.1)
              --http                   plain HTTP instead of HTTPS
              --data-dir DIR           where the certificate is kept (default ~/.arrowhead/simulator)
              --state-file FILE        keep the cluster in FILE across restarts
              --volume-store DIR       back each volume with a sparse file DIR/<volumeId>.img (for a lab's loop
                                       devices; listed by GET /simulator/sdcs/<guid>/volumes). Files of volumes
                                       the cluster lacks are deleted at start: all of them without --state-file
              --user NAME:PASSWORD     a gateway user; repeatable (default admin:Scaleio123!). Other users of
                                       this machine can read a command line (ps): prefer --users-file
              --users-file FILE        gateway users, one NAME:PASSWORD a line; # comments and blank lines are
                                       skipped. FILE must be private (chmod 600); its passwords are not printed
              --version X.Y            API version to report (default 3.5; 4.0+ enables Bearer tokens)
              --scenario FILE          cluster scenario properties (volumes, sdcs, pools, protectionDomains, seed)
              --volumes N --sdcs N --pools N --protection-domains N --seed N
                                       override the scenario (default: the demo cluster)
              --token-lifetime D       token lifetime, e.g. 8h, 30m, PT8H (default 8h)
              --token-idle D           token idle timeout, e.g. 10m, 90s (default 10m)
              --help                   show this help
            """;

    private static final Set<String> VALUED_OPTIONS = Set.of("--port", "--bind", "--data-dir", "--state-file",
            "--volume-store", "--scenario", "--user", "--users-file", "--version", "--volumes", "--sdcs", "--pools",
            "--protection-domains", "--seed", "--token-lifetime", "--token-idle");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    int port = DEFAULT_PORT;
    String bindAddress;
    boolean plainHttp;
    Path dataDirectory;
    Path stateFile;
    Path volumeStore;
    final Map<String, String> users = new LinkedHashMap<>();
    Path usersFile;
    /** The users read from {@link #usersFile}, whose passwords the banner does not show. */
    final Set<String> usersFromFile = new LinkedHashSet<>();
    String apiVersion;
    Path scenarioFile;
    Integer volumes;
    Integer sdcs;
    Integer pools;
    Integer protectionDomains;
    Long seed;
    Duration tokenLifetime;
    Duration tokenIdle;
    boolean help;

    private SimulatorOptions() {
    }

    static SimulatorOptions parse(String... args) throws UsageException {
        SimulatorOptions options = new SimulatorOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            String inlineValue = name.equals(arg) ? null : arg.substring(equals + 1);
            if (name.equals("--help") || name.equals("-h")) {
                options.help = true;
            } else if (name.equals("--http")) {
                options.plainHttp = true;
            } else if (VALUED_OPTIONS.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("Option " + name + " needs a value");
                    }
                    value = args[++i];
                }
                options.set(name, value);
            } else if (name.startsWith("-")) {
                throw new UsageException("Unknown option: " + name);
            } else {
                throw new UsageException("Unexpected argument: " + arg);
            }
        }
        if (options.usersFile != null) {
            options.readUsersFile();
        }
        return options;
    }

    private void set(String name, String value) throws UsageException {
        switch (name) {
            case "--port" -> port = integer(name, value, 0, 65535);
            case "--bind" -> bindAddress = nonBlank(name, value);
            case "--data-dir" -> dataDirectory = Path.of(nonBlank(name, value));
            case "--state-file" -> stateFile = Path.of(nonBlank(name, value));
            case "--volume-store" -> volumeStore = Path.of(nonBlank(name, value));
            case "--scenario" -> scenarioFile = Path.of(nonBlank(name, value));
            case "--user" -> addUser(value);
            case "--users-file" -> usersFile = Path.of(nonBlank(name, value));
            case "--version" -> apiVersion = version(value);
            case "--volumes" -> volumes = integer(name, value, 0, 1_000_000);
            case "--sdcs" -> sdcs = integer(name, value, 0, 100_000);
            case "--pools" -> pools = integer(name, value, 1, 10_000);
            case "--protection-domains" -> protectionDomains = integer(name, value, 1, 1_000);
            case "--seed" -> seed = longValue(name, value);
            case "--token-lifetime" -> tokenLifetime = duration(name, value);
            case "--token-idle" -> tokenIdle = duration(name, value);
            default -> throw new IllegalStateException("VALUED_OPTIONS lists " + name + " but nothing reads it");
        }
    }

    private void addUser(String value) throws UsageException {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new UsageException("--user needs NAME:PASSWORD, got \"" + value + "\"");
        }
        users.put(value.substring(0, colon), value.substring(colon + 1));
    }

    private void readUsersFile() throws UsageException {
        Map<String, String> fromFile;
        try {
            fromFile = UsersFile.read(usersFile);
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        for (Map.Entry<String, String> user : fromFile.entrySet()) {
            if (users.containsKey(user.getKey())) {
                throw new UsageException("The user " + user.getKey() + " is given both by --user and in the users"
                        + " file " + usersFile + "; give each user once.");
            }
            users.put(user.getKey(), user.getValue());
            usersFromFile.add(user.getKey());
        }
    }

    private static String version(String value) throws UsageException {
        try {
            return ApiVersion.parse(value).toString();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--version: " + e.getMessage());
        }
    }

    private static String nonBlank(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("Option " + name + " needs a non-empty value");
        }
        return value;
    }

    private static int integer(String name, String value, int min, int max) throws UsageException {
        long number = longValue(name, value);
        if (number < min || number > max) {
            throw new UsageException("Option " + name + " must be between " + min + " and " + max + ", got " + value);
        }
        return (int) number;
    }

    private static long longValue(String name, String value) throws UsageException {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("Option " + name + " needs a whole number, got \"" + value + "\"");
        }
    }

    /** ISO-8601 such as {@code PT10M}, or a number and unit: {@code 500ms}, {@code 30s}, {@code 10m}, {@code 8h}. */
    static Duration duration(String name, String value) throws UsageException {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        Matcher matcher = SHORT_DURATION.matcher(text);
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                duration = switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            } else {
                duration = Duration.parse(value.strip());
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new UsageException("Option " + name + " needs a duration such as 10m, 30s or PT8H, got \""
                    + value + "\"");
        }
        if (!duration.isPositive()) {
            throw new UsageException("Option " + name + " must be positive, got " + value);
        }
        return duration;
    }

    /** The scenario file or the demo cluster, with the overrides of the command line applied. */
    ClusterScenario scenario() throws UsageException {
        try {
            ClusterScenario scenario = scenarioFile == null ? ClusterScenario.demo()
                    : ClusterScenario.load(scenarioFile);
            if (volumes != null) {
                scenario = scenario.withVolumes(volumes);
            }
            if (sdcs != null) {
                scenario = scenario.withSdcs(sdcs);
            }
            if (pools != null) {
                scenario = scenario.withPools(pools);
            }
            if (protectionDomains != null) {
                scenario = scenario.withProtectionDomains(protectionDomains);
            }
            return seed == null ? scenario : scenario.withSeed(seed);
        } catch (IOException e) {
            throw new UsageException("Cannot read the scenario file " + scenarioFile + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid cluster scenario: " + e.getMessage());
        }
    }

    /** The users to print and configure: the given ones, or the documented demo user. */
    Map<String, String> effectiveUsers() {
        return users.isEmpty() ? Map.of(GatewaySimulator.DEFAULT_USER, GatewaySimulator.DEFAULT_PASSWORD) : users;
    }

    /** A command-line mistake; SimulatorMain prints the message and exits with status 2. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
