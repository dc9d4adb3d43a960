package io.arrowhead.cli.internal.commands;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.output.OutputFormat;
import io.arrowhead.core.hosts.OperationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ops list|show}: the operations log the console shows, with every host operation and its steps. */
@Command(name = "ops", description = "The operations log: every attach, detach and move, and its steps.",
    subcommands = { OpsCommand.ListOperations.class, OpsCommand.ShowOperation.class })
public final class OpsCommand {


    @Command(name = "list", description = "Lists the latest host operations, newest first.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli ops list --limit 5 --output json")
    static final class ListOperations extends CliCommand {

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most this many operations (default 20).")
        int limit;

        @Override
        protected int run(CliSession session) {
            if (limit < 1) {
                throw CliException.usage("--limit must be at least 1.");
            }
            List<OperationRecord> newestFirst = new ArrayList<>(session.hosts().operationsLog().entries());
            Collections.reverse(newestFirst);
            session.print(OperationTables.LIST, newestFirst.subList(0, Math.min(limit, newestFirst.size())));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "Shows one host operation with each of its steps.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli ops show 3f2a9c1e")
    static final class ShowOperation extends CliCommand {

        @Parameters(paramLabel = "ID", description = "The operation's id, or its first characters as ops list shows them.")
        String id;

        @Override
        protected int run(CliSession session) {
            OperationRecord record = find(session.hosts().operationsLog().entries(), id.strip());
            switch (session.options().output()) {
                case JSON -> OperationJson.print(record, session.terminal().out());
                case CSV -> OperationTables.STEPS.print(record.steps(), OutputFormat.CSV, session.terminal().out());
                case TABLE -> {
                    session.printOne(OperationTables.ONE, record);
                    session.terminal().out().println();
                    session.print(OperationTables.STEPS, record.steps());
                }
            }
            return ExitCodes.OK;
        }

        /** By its whole id or a prefix that only it has. */
        private static OperationRecord find(List<OperationRecord> records, String id) {
            List<OperationRecord> matches = records.stream().filter(r -> r.id().equalsIgnoreCase(id)).toList();
            if (matches.isEmpty() && !id.isEmpty()) {
                matches = records.stream().filter(r -> r.id().startsWith(id.toLowerCase(java.util.Locale.ROOT)))
                    .toList();
            }
            if (matches.isEmpty()) {
                throw CliException.notFound("No operation has the id " + id + ". See: arrowhead-cli ops list");
            }
            if (matches.size() > 1) {
                throw CliException.usage(matches.size() + " operations have ids starting with " + id
                    + "; give more of the id.");
            }
            return matches.getFirst();
        }
    }
}
