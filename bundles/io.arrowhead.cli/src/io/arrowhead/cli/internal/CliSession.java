package io.arrowhead.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.service.datalocation.Location;

import io.arrowhead.cli.internal.output.Table;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayConnections;
import io.arrowhead.core.hosts.DockerHosts;

/**
 * One command's use of the core: the same gateways, hosts, secure storage, profiles and operations log as the
 * console, with trust decided by {@link CliTrust}. Closing it logs out of the gateways and closes SSH, as the console
 * does when it exits.
 */
public final class CliSession implements AutoCloseable {

    private final Terminal terminal;
    private final SessionOptions options;
    private final CliTrust trust;
    private final List<Runnable> afterLogout = new ArrayList<>();

    public CliSession(Terminal terminal, SessionOptions options) {
        this.terminal = terminal;
        this.options = options;
        this.trust = new CliTrust(terminal, options.trustFingerprint());
        ArrowheadCore.setMasterPasswordPrompt(new CliMasterPassword(terminal));
    }

    public Terminal terminal() {
        return terminal;
    }

    public SessionOptions options() {
        return options;
    }

    public GatewayConnections gateways() {
        GatewayConnections gateways = ArrowheadCore.connections();
        gateways.setTrustCallback(trust);
        return gateways;
    }

    public DockerHosts hosts() {
        DockerHosts hosts = ArrowheadCore.hosts();
        hosts.setHostKeyCallback(trust);
        return hosts;
    }

    /** The gateway {@code --gateway} names, or the only one configured. */
    public GatewayConnection gateway() {
        String name = options.gateway();
        if (name != null) {
            return gatewayNamed(name);
        }
        List<GatewayConnection> all = gateways().all();
        if (all.isEmpty()) {
            throw CliException.notFound("No gateway is configured. Add one with: arrowhead-cli gateway add NAME "
                + "--url https://GATEWAY --user USER --password-file FILE");
        }
        if (all.size() > 1) {
            throw CliException.usage("Several gateways are configured (" + names(all) + "); name one with --gateway.");
        }
        return all.getFirst();
    }

    /** The configured gateway of this name (any case), or exit 3 naming the gateways there are. */
    public GatewayConnection gatewayNamed(String name) {
        List<GatewayConnection> all = gateways().all();
        return all.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst()
            .orElseThrow(() -> CliException.notFound("No gateway is named " + name + "."
                + (all.isEmpty() ? "" : " Configured: " + names(all) + ".")));
    }

    /** Logs in to the gateway and loads its cluster. */
    public ClusterModel connect(GatewayConnection gateway) {
        await(gateways().connect(gateway));
        ClusterModel model = gateway.model();
        if (model == null) {
            throw new CliException(ExitCodes.FAILURE, gateway.name() + ": " + gateway.lastError());
        }
        return model;
    }

    /** Waits for a job the command scheduled and throws its failure; a cancelled job is a failure too. */
    public static void await(Job job) {
        try {
            job.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel();
            String doing = job.getName();
            throw new CliException(ExitCodes.FAILURE, "Interrupted while "
                + (doing.isEmpty() ? doing : Character.toLowerCase(doing.charAt(0)) + doing.substring(1)) + ".");
        }
        IStatus result = job.getResult();
        if (result == null || result.getSeverity() == IStatus.CANCEL) {
            throw new CliException(ExitCodes.FAILURE, job.getName() + " was cancelled.");
        }
        if (result.matches(IStatus.ERROR)) {
            throw Failures.of(result);
        }
    }

    /**
     * Asks before a destructive step: {@code --yes} agrees, a person on a terminal is asked, and anything else is a
     * usage error, so that a script never deletes by accident.
     */
    public void confirm(String question) {
        if (options.yes()) {
            return;
        }
        if (!terminal.interactive()) {
            throw CliException.usage(question.replaceFirst("\\?$", "") + ": not on a terminal, so add --yes to confirm.");
        }
        if (!terminal.confirm(question)) {
            throw new CliException(ExitCodes.FAILURE, "Nothing was changed.");
        }
    }

    /**
     * Refuses a change to the shared configuration (gateways, hosts) while the console is open on it: the console
     * keeps its own list and would save it over the change. The console locks its instance area while it runs.
     */
    public void requireConsoleClosed() {
        Location instance = Platform.getInstanceLocation();
        try {
            if (instance != null && instance.getURL() != null && instance.isLocked()) {
                throw new CliException(ExitCodes.FAILURE, "The console is open on " + instance.getURL().getPath()
                    + " and would save its own list of gateways and hosts over this change. Make the change in the "
                    + "console, or close it and run the command again.");
            }
        } catch (IOException e) {
            // A lock that cannot be checked (a read-only file system) is not the console's.
        }
    }

    public <T> void print(Table<T> table, List<T> rows) {
        table.print(rows, options.output(), terminal.out());
    }

    public <T> void printOne(Table<T> table, T row) {
        table.printOne(row, options.output(), terminal.out());
    }

    /** Runs once the gateways are logged out, before SSH closes: stopping the demo, whose simulator answers the logout. */
    public void afterLogout(Runnable action) {
        afterLogout.add(action);
    }

    @Override
    public void close() {
        try {
            ArrowheadCore.shutdown(() -> afterLogout.forEach(Runnable::run));
        } finally {
            ArrowheadCore.setMasterPasswordPrompt(null);
        }
    }

    private static String names(List<GatewayConnection> all) {
        return all.stream().map(GatewayConnection::name).collect(Collectors.joining(", "));
    }
}
