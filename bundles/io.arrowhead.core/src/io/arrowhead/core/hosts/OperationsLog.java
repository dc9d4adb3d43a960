package io.arrowhead.core.hosts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import io.arrowhead.core.internal.hosts.OperationRecordJson;

/**
 * The history of host operations: one JSON object per line in {@code operations.jsonl} of the directory given, so
 * that it survives a restart and an interrupted write costs at most its own line. Lines that cannot be read are
 * skipped rather than making the whole history unreadable. Operations still running are kept in memory only, with
 * their steps so far, until their record is appended. Thread-safe; listeners hear of each operation as it starts and
 * progresses, and of each appended record, on the operation's thread.
 */
public final class OperationsLog {

    /** The file name inside the log's directory. */
    public static final String FILE_NAME = "operations.jsonl";

    private final Path file;
    private final List<OperationRecord> entries = new ArrayList<>();
    /** Running operations by id, oldest first. */
    private final Map<String, OperationRecord> running = new LinkedHashMap<>();
    private final List<OperationsLogListener> listeners = new CopyOnWriteArrayList<>();
    private int skippedLines;
    /** The file ends in the middle of a line (an interrupted write), which the next record must not extend. */
    private boolean endsMidLine;

    /** Reads the existing history of {@code directory}, if any; the directory is created on the first append. */
    public OperationsLog(Path directory) {
        this.file = Objects.requireNonNull(directory).resolve(FILE_NAME);
        load();
    }

    public Path file() {
        return file;
    }

    /** Every record, oldest first. */
    public synchronized List<OperationRecord> entries() {
        return List.copyOf(entries);
    }

    /** The operations running now, oldest first, each with its steps so far and no outcome. */
    public synchronized List<OperationRecord> running() {
        return List.copyOf(running.values());
    }

    /** How many lines of the file could not be read when it was loaded. */
    public synchronized int skippedLines() {
        return skippedLines;
    }

    /** An operation started: it is running until a record with its id is appended. */
    void started(OperationRecord partial) {
        update(partial, true);
    }

    /** A running operation's step started or ended. */
    void progressed(OperationRecord partial) {
        update(partial, false);
    }

    private void update(OperationRecord partial, boolean first) {
        if (!partial.isRunning()) {
            throw new IllegalArgumentException("A running operation has no outcome yet.");
        }
        synchronized (this) {
            running.put(partial.id(), partial);
        }
        notify(listener -> {
            if (first) {
                listener.operationStarted(partial);
            } else {
                listener.operationProgressed(partial);
            }
        });
    }

    /**
     * Adds a record and writes it to the file; a running operation with the same id ends. A write failure is
     * reported to the Error Log but keeps the record in memory: the operation has happened either way, and the
     * operator should still see it.
     *
     * @throws IllegalArgumentException if the record has no outcome: running operations are not written
     */
    public void append(OperationRecord record) {
        Objects.requireNonNull(record);
        if (record.isRunning()) {
            throw new IllegalArgumentException("Only an operation that has ended can be appended to the log.");
        }
        synchronized (this) {
            running.remove(record.id());
            entries.add(record);
            try {
                Files.createDirectories(file.getParent());
                String line = (endsMidLine ? "\n" : "") + OperationRecordJson.write(record) + "\n";
                Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                endsMidLine = false;
            } catch (IOException | UncheckedIOException e) {
                ILog.of(OperationsLog.class).log(Status.error("Could not write to the operations log " + file + ".", e));
            }
        }
        notify(listener -> listener.recordAppended(record));
    }

    private void notify(Consumer<OperationsLogListener> call) {
        for (OperationsLogListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                ILog.of(OperationsLog.class).log(Status.error("An operations log listener failed.", e));
            }
        }
    }

    public void addListener(OperationsLogListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(OperationsLogListener listener) {
        listeners.remove(listener);
    }

    private synchronized void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            endsMidLine = !text.isEmpty() && !text.endsWith("\n");
            lines = text.lines().toList();
        } catch (IOException e) {
            ILog.of(OperationsLog.class).log(Status.error("Could not read the operations log " + file + ".", e));
            return;
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(OperationRecordJson.read(line));
            } catch (IOException | RuntimeException e) {
                skippedLines++;
            }
        }
        if (skippedLines > 0) {
            ILog.of(OperationsLog.class).log(Status.warning("Skipped " + skippedLines
                + " unreadable line(s) of the operations log " + file + "."));
        }
    }
}
