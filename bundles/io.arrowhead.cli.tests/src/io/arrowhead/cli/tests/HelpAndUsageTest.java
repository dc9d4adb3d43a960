package io.arrowhead.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.arrowhead.cli.internal.ExitCodes;

/** What every user meets first: help with the exit codes and an example, and usage errors that exit with 2. */
class HelpAndUsageTest {

    @Test
    void helpListsTheExitCodesAndAnExample() {
        Cli.Result help = Cli.run("--help").expect(ExitCodes.OK);
        assertTrue(help.out().contains("Exit codes:"), help.out());
        assertTrue(help.out().contains("6   Unreachable or timed out."), help.out());
        assertTrue(help.out().contains("Example:"), help.out());
        for (String command : java.util.List.of("gateway", "volume", "sdc", "map", "unmap", "qos", "host", "attach",
            "detach", "move", "profile", "ops", "stats", "exporter", "demo", "generate-completion")) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " in:\n" + help.out());
        }
    }

    @Test
    void aCommandsHelpShowsItsOwnVerbsAndTheExitCodes() {
        Cli.Result help = Cli.run("volume", "--help").expect(ExitCodes.OK);
        assertTrue(help.out().contains("Usage: arrowhead-cli volume"), help.out());
        assertTrue(help.out().contains("snapshot"), help.out());
        assertTrue(help.out().contains("Exit codes:"), help.out());
        Cli.Result completion = Cli.run("generate-completion").expect(ExitCodes.OK);
        assertTrue(completion.out().contains("exporter") && completion.out().contains("attach"),
            "completion knows every command");
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        var root = io.arrowhead.cli.internal.ArrowheadCli.commandLine(new ScriptedTerminal(false));
        java.util.List<String> withoutExample = new java.util.ArrayList<>();
        collectLeaves(root, withoutExample);
        assertTrue(withoutExample.isEmpty(), "commands without an example in --help: " + withoutExample);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result result = Cli.run("volum", "list").expect(ExitCodes.USAGE);
        assertTrue(result.err().contains("volum"), result.err());
    }

    @Test
    void aWrongOutputFormatIsAUsageError() {
        Cli.Result result = Cli.run("gateway", "list", "--output", "yaml").expect(ExitCodes.USAGE);
        assertTrue(result.err().contains("'yaml' is not an output format"), result.err());
    }

    private static void collectLeaves(picocli.CommandLine command, java.util.List<String> withoutExample) {
        if (command.getSubcommands().isEmpty()) {
            String help = command.getUsageMessage();
            if (!help.contains("Example") && !"help".equals(command.getCommandName())) {
                withoutExample.add(command.getCommandSpec().qualifiedName());
            }
            return;
        }
        command.getSubcommands().values().forEach(sub -> collectLeaves(sub, withoutExample));
    }
}
