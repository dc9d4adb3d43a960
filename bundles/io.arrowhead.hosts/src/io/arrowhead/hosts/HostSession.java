package io.arrowhead.hosts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * A logged-in SSH session to one host. Every command runs as {@code [sudo -n] timeout -k 5 <secs> <command>}, so the
 * host kills a hung command; the client also gives up a little later and closes the channel. Commands may run from
 * several threads; {@link #cancel()} aborts those in flight (and a {@link DockerHost} wait in progress).
 */
public final class HostSession implements AutoCloseable {

    private static final int TIMEOUT_EXIT = 124;
    private static final int KILLED_EXIT = 137;

    private final HostDefinition host;
    private final ClientSession session;
    private final Duration commandTimeout;
    private final Duration grace;
    private final Set<ChannelExec> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicLong cancellations = new AtomicLong();
    private final Object cancelSignal = new Object();

    HostSession(HostDefinition host, ClientSession session, Duration commandTimeout, Duration grace) {
        this.host = host;
        this.session = session;
        this.commandTimeout = commandTimeout;
        this.grace = grace;
    }

    public HostDefinition host() {
        return host;
    }

    /** The default timeout for commands ({@link HostTimeouts#command()}). */
    public Duration commandTimeout() {
        return commandTimeout;
    }

    /** Runs the command and returns whatever exit code it had. */
    public CommandResult run(ShellCommand command, Duration timeout) throws HostException {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        ShellCommand wrapped = (host.sudo() ? ShellCommand.of("sudo", "-n", "timeout") : ShellCommand.of("timeout"))
            .with("-k", "5", Long.toString(seconds)).with(command.words().toArray(String[]::new));
        String shown = command.toCommandLine();
        long generation = cancellations.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ChannelExec channel;
        try {
            channel = session.createExecChannel(wrapped.toCommandLine());
        } catch (IOException | IllegalStateException e) {
            // MINA refuses a new channel with IllegalStateException once the session is closing.
            throw lost(shown, e);
        }
        channel.setOut(out);
        channel.setErr(err);
        inFlight.add(channel);
        long started = System.nanoTime();
        try {
            if (cancellations.get() != generation) {
                throw cancelled(shown);
            }
            long deadline = seconds * 1000 + grace.toMillis();
            channel.open().verify(Duration.ofMillis(deadline));
            long remaining = Math.max(1, deadline - (System.nanoTime() - started) / 1_000_000);
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), remaining);
            if (cancellations.get() != generation) {
                throw cancelled(shown);
            }
            if (!events.contains(ClientChannelEvent.CLOSED)) {
                throw new HostCommandTimeoutException("'" + shown + "' on " + host.displayName()
                    + " did not finish within " + seconds + " s; Arrowhead stopped waiting for it.");
            }
            Integer status = channel.getExitStatus();
            if (status == null) {
                throw lost(shown, null);
            }
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            if ((status == TIMEOUT_EXIT || status == KILLED_EXIT) && elapsedMillis >= seconds * 1000 - 250) {
                throw new HostCommandTimeoutException("'" + shown + "' on " + host.displayName()
                    + " did not finish within " + seconds + " s and was stopped on the host.");
            }
            return new CommandResult(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (e instanceof HostException h) {
                throw h;
            }
            throw cancellations.get() != generation ? cancelled(shown) : lost(shown, e);
        } catch (IllegalStateException e) {
            throw cancellations.get() != generation ? cancelled(shown) : lost(shown, e);
        } finally {
            inFlight.remove(channel);
            channel.close(true);
        }
    }

    /** Runs the command; a non-zero exit code becomes a {@link HostCommandException} carrying stderr. */
    public CommandResult check(ShellCommand command, Duration timeout) throws HostException {
        CommandResult result = run(command, timeout);
        if (result.exitCode() != 0) {
            throw failure(command, result);
        }
        return result;
    }

    /** The exception {@link #check} throws for a failed result. */
    HostCommandException failure(ShellCommand command, CommandResult result) {
        String stderr = result.stderr().strip();
        return new HostCommandException("'" + command.toCommandLine() + "' failed on " + host.displayName()
            + " with exit code " + result.exitCode() + (stderr.isEmpty() ? "." : ": " + stderr),
            command.toCommandLine(), result.exitCode(), result.stderr());
    }

    /** Aborts the commands in flight (they fail with {@link HostCancelledException}); the session stays usable. */
    public void cancel() {
        cancellations.incrementAndGet();
        for (ChannelExec channel : inFlight) {
            channel.close(true);
        }
        synchronized (cancelSignal) {
            cancelSignal.notifyAll();
        }
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        session.close(true);
    }

    /** A marker for {@link #pause}: cancellations after this point interrupt it. */
    long cancellationMark() {
        return cancellations.get();
    }

    /** Sleeps, unless cancel() is called after the mark (then HostCancelledException). */
    void pause(long mark, Duration duration, String what) throws HostCancelledException {
        long end = System.nanoTime() + duration.toNanos();
        synchronized (cancelSignal) {
            while (cancellations.get() == mark) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    cancelSignal.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw cancelled(what);
    }

    private HostCancelledException cancelled(String what) {
        return new HostCancelledException("'" + what + "' on " + host.displayName() + " was cancelled.");
    }

    private HostConnectionLostException lost(String command, Throwable cause) {
        return new HostConnectionLostException("The connection to " + host.displayName() + " was lost while running '"
            + command + "'; it is unknown whether the command finished.", cause);
    }
}
