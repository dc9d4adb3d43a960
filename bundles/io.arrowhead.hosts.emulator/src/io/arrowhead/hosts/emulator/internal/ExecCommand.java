package io.arrowhead.hosts.emulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One SSH exec request. The work runs off MINA's I/O threads (a backend call may take a while); a command that
 * outlives its {@code timeout} is answered with status 124, as {@code timeout} itself does.
 */
public final class ExecCommand implements Command {

    private static final Logger LOG = Logger.getLogger(ExecCommand.class.getName());

    private final ExecutorService executor;
    private final Supplier<Reply> work;
    private final Duration timeout;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private volatile CompletableFuture<Void> running;

    public ExecCommand(ExecutorService executor, Supplier<Reply> work, Duration timeout) {
        this.executor = executor;
        this.work = work;
        this.timeout = timeout;
    }

    @Override
    public void setInputStream(InputStream in) {
        // Nothing reads input: mkfs's question, for one, sees end of input.
    }

    @Override
    public void setOutputStream(OutputStream stdout) {
        this.out = stdout;
    }

    @Override
    public void setErrorStream(OutputStream stderr) {
        this.err = stderr;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        CompletableFuture<Reply> reply = CompletableFuture.supplyAsync(work, executor);
        if (timeout != null) {
            reply = reply.completeOnTimeout(Reply.status(124), timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        running = reply.exceptionally(failure -> {
            LOG.log(Level.WARNING, "An emulated command failed.", failure);
            return Reply.error(1, "emulated host: internal error: " + failure);
        }).thenAcceptAsync(this::finish, executor);
    }

    private void finish(Reply reply) {
        try {
            out.write(reply.stdout().getBytes(StandardCharsets.UTF_8));
            out.flush();
            err.write(reply.stderr().getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            LOG.log(Level.FINE, "The client left before the answer was written.", e);
        }
        exit.onExit(reply.exitCode());
    }

    @Override
    public void destroy(ChannelSession channel) {
        CompletableFuture<Void> task = running;
        if (task != null) {
            task.cancel(true);
        }
    }
}
