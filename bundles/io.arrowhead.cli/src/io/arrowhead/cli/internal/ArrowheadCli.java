package io.arrowhead.cli.internal;

import java.util.List;
import java.util.Map;

import io.arrowhead.cli.internal.commands.AttachCommand;
import io.arrowhead.cli.internal.commands.DemoCommand;
import io.arrowhead.cli.internal.commands.DetachCommand;
import io.arrowhead.cli.internal.commands.ExporterCommand;
import io.arrowhead.cli.internal.commands.GatewayCommand;
import io.arrowhead.cli.internal.commands.HostCommand;
import io.arrowhead.cli.internal.commands.MappingCommands;
import io.arrowhead.cli.internal.commands.MoveCommand;
import io.arrowhead.cli.internal.commands.OpsCommand;
import io.arrowhead.cli.internal.commands.ProfileCommand;
import io.arrowhead.cli.internal.commands.SdcCommand;
import io.arrowhead.cli.internal.commands.StatsCommand;
import io.arrowhead.cli.internal.commands.VolumeCommand;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code arrowhead-cli}: noun, then verb. Builds the picocli command tree, prints failures as one sentence on standard
 * error and returns the documented exit code.
 */
@Command(name = "arrowhead-cli", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
    description = "Arrowhead on the command line: the console's gateways, Docker hosts, secure storage, storage "
        + "profiles and operations log, without the console.",
    footerHeading = "%nExample:%n", footer = "  arrowhead-cli volume list --gateway lab --output json")
public final class ArrowheadCli {

    /** The commands, in the order of the usage help. */
    private static final List<Class<?>> COMMANDS = List.of(GatewayCommand.class, VolumeCommand.class,
        SdcCommand.class, MappingCommands.MapVolume.class, MappingCommands.UnmapVolume.class,
        MappingCommands.SetQos.class, HostCommand.class, AttachCommand.class, DetachCommand.class, MoveCommand.class,
        ProfileCommand.class, OpsCommand.class, StatsCommand.class, ExporterCommand.class, DemoCommand.class,
        GenerateCompletion.class);

    private final Terminal terminal;

    public ArrowheadCli(Terminal terminal) {
        this.terminal = terminal;
    }

    public Terminal terminal() {
        return terminal;
    }

    /** Runs one command line and returns its exit code. */
    public static int run(Terminal terminal, String... args) {
        return commandLine(terminal, args.length == 0 ? null : args[0]).execute(args);
    }

    /** The whole command tree, writing to the terminal; also what shell completion is generated from. */
    public static CommandLine commandLine(Terminal terminal) {
        return commandLine(terminal, null);
    }

    /**
     * The tree with only the command the first word names, when it names one: picocli reads every command's
     * options when it builds one, which cost each run a quarter of a second with all of them (docs/benchmarks.md).
     * Shell completion is made from the whole tree.
     */
    private static CommandLine commandLine(Terminal terminal, String firstWord) {
        CommandLine commandLine = new CommandLine(new ArrowheadCli(terminal));
        List<Class<?>> named = COMMANDS.stream().filter(command -> command != GenerateCompletion.class
            && command.getAnnotation(Command.class).name().equals(firstWord)).toList();
        (named.isEmpty() ? COMMANDS : named).forEach(commandLine::addSubcommand);
        commandLine.setOut(terminal.out());
        commandLine.setErr(terminal.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> {
            CliException mapped = Failures.of(failure, terminal);
            command.getErr().println("arrowhead-cli: " + mapped.getMessage());
            command.getErr().flush();
            return mapped.exitCode();
        });
        CommandLine completion = commandLine.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().footerHeading("%nExample:%n")
                .footer("  source <(arrowhead-cli generate-completion)");
        }
        describe(commandLine, ExitCodes.described());
        return commandLine;
    }

    /** Every command gets --help, --version and the exit codes in its help. */
    private static void describe(CommandLine command, Map<String, String> codes) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.findOption("--help") == null) {
            spec.mixinStandardHelpOptions(true);
        }
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        spec.exitCodeOnInvalidInput(ExitCodes.USAGE);
        spec.exitCodeOnExecutionException(ExitCodes.FAILURE);
        command.getSubcommands().values().forEach(sub -> describe(sub, codes));
    }
}
