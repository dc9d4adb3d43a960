package io.arrowhead.cli.internal.commands;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.cli.internal.ArrowheadCli;
import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.SessionOptions;
import io.arrowhead.cli.internal.Terminal;
import io.arrowhead.cli.internal.UntilStopped;
import io.arrowhead.cli.internal.exporter.ExporterServer;
import io.arrowhead.cli.internal.exporter.ListenAddress;
import io.arrowhead.cli.internal.exporter.MetricsCollector;
import io.arrowhead.cli.internal.stats.VolumeSelection;
import io.arrowhead.core.GatewayConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code exporter}: serves the gateways' metrics to Prometheus until interrupted. It takes its own repeatable
 * {@code --gateway} instead of the single one every other command has, so it declares the session options it needs
 * itself.
 */
@Command(name = "exporter", description = { "Serves the gateways' capacities, IOPS, bandwidth and latency to "
    + "Prometheus at http://HOST:PORT/metrics until interrupted (Ctrl+C).",
    "Each scrape makes one statistics request per gateway; names and sizes come from the cluster, which is "
        + "refreshed in the background." },
    footerHeading = "%nExample:%n", footer = "  arrowhead-cli exporter --listen 127.0.0.1:9700 --volumes top:100")
public final class ExporterCommand implements Callable<Integer> {

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9700",
        converter = ListenAddress.class,
        description = "Where to serve the metrics (default: ${DEFAULT-VALUE}). Port 0 picks a free port.")
    InetSocketAddress listen;

    @Option(names = { "-g", "--gateway" }, paramLabel = "NAME",
        description = "A gateway to export, by name; repeat it for several. Default: every configured gateway.")
    List<String> gatewayNames = new ArrayList<>();

    @Option(names = "--volumes", paramLabel = "all|top:N|none", defaultValue = "all",
        converter = VolumeSelection.Converter.class,
        description = "Which volumes get metrics: all (default), the N busiest by IOPS, or none.")
    VolumeSelection volumes;

    @Option(names = "--trust-fingerprint", paramLabel = "SHA256",
        description = "Pin this certificate fingerprint if a gateway presents it and it is not yet trusted.")
    String trustFingerprint;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Terminal terminal = ((ArrowheadCli) spec.root().userObject()).terminal();
        try (UntilStopped stop = new UntilStopped();
            CliSession session = new CliSession(terminal, SessionOptions.of(trustFingerprint))) {
            List<GatewayConnection> gateways = selected(session);
            connect(session, gateways);
            try (MetricsCollector collector = new MetricsCollector(session.gateways(), gateways, volumes,
                terminal.err()); ExporterServer server = start(collector)) {
                terminal.err().println("Serving the metrics of " + names(gateways) + " at http://"
                    + hostForUrl() + ":" + server.port() + "/metrics. Stop with Ctrl+C.");
                terminal.err().flush();
                stop.awaitStop();
            }
        }
        return ExitCodes.OK;
    }

    private List<GatewayConnection> selected(CliSession session) {
        List<GatewayConnection> all = session.gateways().all();
        if (all.isEmpty()) {
            throw CliException.notFound("No gateway is configured, so there is nothing to export. Add one with: "
                + "arrowhead-cli gateway add NAME --url https://GATEWAY --user USER --password-file FILE");
        }
        if (gatewayNames.isEmpty()) {
            return all;
        }
        List<GatewayConnection> chosen = new ArrayList<>();
        for (String name : gatewayNames) {
            GatewayConnection gateway = session.gatewayNamed(name);
            if (!chosen.contains(gateway)) {
                chosen.add(gateway);
            }
        }
        return chosen;
    }

    /** Connects every gateway; one that fails is reported and served as down, and retried in the background. */
    private static void connect(CliSession session, List<GatewayConnection> gateways) {
        List<Job> connects = gateways.stream().map(gateway -> session.gateways().connect(gateway)).toList();
        for (int i = 0; i < connects.size(); i++) {
            try {
                CliSession.await(connects.get(i));
            } catch (CliException e) {
                session.terminal().err().println("arrowhead-cli exporter: " + gateways.get(i).name()
                    + " gives arrowhead_up 0 for now: " + e.getMessage());
            }
        }
    }

    private ExporterServer start(MetricsCollector collector) {
        try {
            return ExporterServer.start(listen, collector::collect);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "Could not listen on " + hostForUrl() + ":" + listen.getPort()
                + " (" + e.getMessage() + "). Choose another address or port with --listen.", e);
        }
    }

    private String hostForUrl() {
        String host = listen.getHostString();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static String names(List<GatewayConnection> gateways) {
        return gateways.stream().map(GatewayConnection::name).collect(Collectors.joining(", "));
    }
}
