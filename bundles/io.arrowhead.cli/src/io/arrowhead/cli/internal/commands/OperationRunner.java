package io.arrowhead.cli.internal.commands;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.core.hosts.OperationsLogListener;
import io.arrowhead.core.hosts.StepRecord;

/**
 * Runs one of the core's host operations for a command: each step on standard error as it completes (from the
 * operations log, rollback steps included), then the operation's record on standard output, also when it failed.
 */
final class OperationRunner {

    private OperationRunner() {
    }

    static void run(CliSession session, HostOperationJob job) {
        OperationsLog log = session.hosts().operationsLog();
        StepPrinter printer = new StepPrinter(session.terminal().err());
        log.addListener(printer);
        try {
            job.schedule();
            CliSession.await(job);
        } catch (CliException failure) {
            if (job.record() != null) {
                session.printOne(OperationTables.ONE, job.record());
            }
            throw failure;
        } finally {
            log.removeListener(printer);
        }
        session.printOne(OperationTables.ONE, job.record());
    }

    /** Prints each step once it has ended, in order. */
    private static final class StepPrinter implements OperationsLogListener {

        private final PrintWriter err;
        private final Map<String, Integer> printed = new ConcurrentHashMap<>();

        StepPrinter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void operationProgressed(OperationRecord running) {
            print(running);
        }

        @Override
        public void recordAppended(OperationRecord record) {
            print(record);
        }

        private synchronized void print(OperationRecord record) {
            int done = printed.getOrDefault(record.id(), 0);
            for (int i = done; i < record.steps().size(); i++) {
                StepRecord step = record.steps().get(i);
                if (step.isRunning()) {
                    break;
                }
                err.println(OperationTables.progressLine(step));
                done = i + 1;
            }
            err.flush();
            printed.put(record.id(), done);
        }
    }
}
