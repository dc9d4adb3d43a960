package io.arrowhead.cli.internal.commands;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.demo.CliDemo;
import io.arrowhead.cli.internal.output.Column;
import io.arrowhead.cli.internal.output.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the demo cluster and its two emulated Docker hosts, headless, in the foreground until interrupted,
 * saved for as long as it runs so that other {@code arrowhead-cli} processes can use them.
 */
@Command(name = "demo", description = "Runs a demo cluster and two emulated Docker hosts until interrupted (Ctrl+C), "
    + "saved as gateway " + CliDemo.GATEWAY_NAME + " and hosts cli-demo-01 and cli-demo-02 for other arrowhead-cli "
    + "commands; removes them when it stops.",
    footerHeading = "%nExample:%n", footer = "  arrowhead-cli demo --reset")
public final class DemoCommand extends CliCommand {

    /** One thing the demo saved for others to use. */
    record Saved(String kind, String name, String address) {
    }

    static final Table<Saved> SAVED = new Table<>(Column.of("KIND", "kind", Saved::kind),
        Column.of("NAME", "name", Saved::name), Column.of("ADDRESS", "address", Saved::address));

    /** How long a shutdown hook lets the demo remove what it saved before the JVM goes on exiting. */
    private static final long STOP_SECONDS = 20;

    @Option(names = "--reset", description = "Start from a fresh demo cluster, throwing the saved one away.")
    boolean reset;

    @Override
    protected int run(CliSession session) throws Exception {
        session.requireConsoleClosed();
        CliDemo demo = new CliDemo(CliDemo.defaultDataDirectory());
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                stopped.await(STOP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "arrowhead-cli demo stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            demo.start(reset);
            try {
                printStarted(session, demo);
                stopRequested.await();
            } finally {
                session.terminal().err().println("Stopping the demo and removing " + CliDemo.GATEWAY_NAME + ", "
                    + String.join(" and ", CliDemo.HOST_NAMES) + ".");
                demo.stop();
            }
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is exiting already, which is how the demo normally stops.
            }
        }
        return ExitCodes.OK;
    }

    private static void printStarted(CliSession session, CliDemo demo) {
        var emulated = demo.cluster().emulatedHosts();
        session.print(SAVED, List.of(new Saved("gateway", CliDemo.GATEWAY_NAME, demo.gatewayUrl()),
            new Saved("host", CliDemo.HOST_NAMES.get(0), emulated.get(0).address() + ":" + emulated.get(0).port()),
            new Saved("host", CliDemo.HOST_NAMES.get(1), emulated.get(1).address() + ":" + emulated.get(1).port())));
        var err = session.terminal().err();
        err.println("The demo runs until you press Ctrl+C (or the process gets SIGTERM). From another terminal, try:");
        err.println("  arrowhead-cli volume list --gateway " + CliDemo.GATEWAY_NAME);
        err.println("  arrowhead-cli host probe " + CliDemo.HOST_NAMES.get(0));
        err.println("  arrowhead-cli attach VOLUME --host " + CliDemo.HOST_NAMES.get(0) + " --gateway "
            + CliDemo.GATEWAY_NAME);
        err.println("  arrowhead-cli ops list");
        err.flush();
    }
}
