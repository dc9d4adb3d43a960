package io.arrowhead.cli.internal;

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
    subcommands = { GatewayCommand.class, VolumeCommand.class, SdcCommand.class, MappingCommands.MapVolume.class,
        MappingCommands.UnmapVolume.class, MappingCommands.SetQos.class, HostCommand.class, AttachCommand.class,
        DetachCommand.class, MoveCommand.class, ProfileCommand.class, OpsCommand.class, StatsCommand.class,
        ExporterCommand.class, DemoCommand.class, GenerateCompletion.class },
    footerHeading = "%nExample:%n", footer = "  arrowhead-cli volume list --gateway lab --output json")
public final class ArrowheadCli {

    private final Terminal terminal;

    public ArrowheadCli(Terminal terminal) {
        this.terminal = terminal;
    }

    public Terminal terminal() {
        return terminal;
    }

    /** Runs one command line and returns its exit code. */
    public static int run(Terminal terminal, String... args) {
        return commandLine(terminal).execute(args);
    }

    /** The whole command tree, writing to the terminal; also what shell completion is generated from. */
    public static CommandLine commandLine(Terminal terminal) {
        CommandLine commandLine = new CommandLine(new ArrowheadCli(terminal));
        commandLine.setOut(terminal.out());
        commandLine.setErr(terminal.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> {
            CliException mapped = Failures.of(failure, terminal);
            command.getErr().println("arrowhead-cli: " + mapped.getMessage());
            command.getErr().flush();
            return mapped.exitCode();
        });
        CommandSpec completion = commandLine.getSubcommands().get("generate-completion").getCommandSpec();
        completion.usageMessage().footerHeading("%nExample:%n")
            .footer("  source <(arrowhead-cli generate-completion)");
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
