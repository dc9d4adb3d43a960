package io.arrowhead.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.output.Column;
import io.arrowhead.cli.internal.output.Table;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.SdcMatch;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.HostKeyRejectedException;
import io.arrowhead.hosts.HostProbe;
import io.arrowhead.hosts.HostSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code host probe}: what the console's connection test shows: OS, kernel, Docker (or why it is not usable), the
 * SDC's GUID and the SDC with that GUID among the gateways (the one {@code --gateway} names, else every one).
 */
@Command(name = "probe", description = "Logs in to a Docker host and shows its OS, Docker, SDC GUID and the "
    + "matching SDC of the gateways.",
    footerHeading = "%nExample:%n", footer = "  arrowhead-cli host probe docker-07 --output json")
final class ProbeHost extends CliCommand {

    /** What a probe found; the SDC fields are null when no gateway knows the GUID. */
    record Probe(ManagedHost host, HostProbe probe, SdcMatch match) {
    }

    static final Table<Probe> PROBE = new Table<>(
        Column.of("HOST", "name", p -> p.host().name()),
        Column.of("ADDRESS", "address", p -> p.host().definition().address()),
        Column.of("OS", "os", p -> p.probe().os()),
        Column.of("KERNEL", "kernel", p -> p.probe().kernel()),
        Column.of("DOCKER", "dockerVersion", p -> p.probe().dockerVersion()),
        Column.of("DOCKER ERROR", "dockerError", p -> p.probe().dockerError()),
        Column.of("SDC INSTALLED", "sdcInstalled", p -> p.probe().sdcInstalled()),
        Column.of("SDC GUID", "sdcGuid", p -> p.probe().sdcGuid()),
        Column.of("GATEWAY", "gateway", p -> p.match() == null ? null : p.match().connection().name()),
        Column.of("SDC ID", "sdcId", p -> p.match() == null ? null : p.match().sdc().id()),
        Column.of("SDC NAME", "sdcName", p -> p.match() == null ? null : p.match().sdcLabel()));

    @Parameters(paramLabel = "NAME", description = "The host's name, as host list shows it.")
    String name;

    @Override
    protected int run(CliSession session) throws Exception {
        ManagedHost host = CommandInputs.host(session, name);
        HostProbe probe;
        try (HostSession ssh = session.hosts().open(host)) {
            probe = new DockerHost(ssh).probe();
        } catch (HostKeyRejectedException e) {
            throw CommandInputs.untrusted(e);
        }
        SdcMatch match = null;
        if (probe.sdcGuid() != null) {
            match = SdcMatch.find(probe.sdcGuid(), loadGateways(session)).orElse(null);
            if (match == null) {
                session.terminal().err().println("No loaded gateway knows the SDC " + probe.sdcGuid() + ".");
            }
        }
        session.printOne(PROBE, new Probe(host, probe, match));
        return ExitCodes.OK;
    }

    /** The gateways to match against, loaded in parallel; one that fails is named on standard error and skipped. */
    private static List<GatewayConnection> loadGateways(CliSession session) {
        List<GatewayConnection> gateways = session.options().gateway() != null ? List.of(session.gateway())
            : session.gateways().all();
        List<Job> jobs = new ArrayList<>();
        gateways.forEach(gateway -> jobs.add(session.gateways().connect(gateway)));
        List<GatewayConnection> loaded = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            try {
                jobs.get(i).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            IStatus result = jobs.get(i).getResult();
            GatewayConnection gateway = gateways.get(i);
            if (result != null && result.isOK() && gateway.model() != null) {
                loaded.add(gateway);
            } else {
                session.terminal().err().println("Gateway " + gateway.name() + " could not be loaded: "
                    + Optional.ofNullable(gateway.lastError()).orElse(result == null ? "cancelled"
                        : result.getMessage()));
            }
        }
        return loaded;
    }
}
