package io.arrowhead.cli.internal.commands;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.arrowhead.cli.internal.output.Column;
import io.arrowhead.cli.internal.output.Table;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StepRecord;

/**
 * How host operations and their steps print: the operations log's records, the result of attach, detach and move.
 * JSON keeps raw values (times in ISO 8601 UTC, durations in milliseconds); a table shows local times and seconds.
 */
final class OperationTables {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneId.systemDefault());

    static final Column<OperationRecord> ID = Column.of("ID", "id", OperationRecord::id);
    static final Column<OperationRecord> START = Column.of("START", "start", r -> r.start().toString(),
        v -> LOCAL_TIME.format(java.time.Instant.parse((String) v)));
    static final Column<OperationRecord> KIND = Column.of("KIND", "kind", r -> r.kind().name());
    static final Column<OperationRecord> OUTCOME = Column.of("OUTCOME", "outcome",
        r -> r.isRunning() ? "RUNNING" : r.outcome().name());
    static final Column<OperationRecord> VOLUME = Column.of("VOLUME", "volumeName", r -> r.subject().volumeName());
    static final Column<OperationRecord> VOLUME_ID = Column.of("VOLUME ID", "volumeId", r -> r.subject().volumeId());
    static final Column<OperationRecord> DOCKER_VOLUME = Column.of("DOCKER VOLUME", "dockerVolume",
        r -> r.subject().dockerVolume());
    static final Column<OperationRecord> HOSTS = Column.of("HOSTS", "hosts",
        r -> String.join(",", r.subject().hosts()));
    static final Column<OperationRecord> GATEWAY = Column.of("GATEWAY", "gateway", r -> r.subject().gateway());
    static final Column<OperationRecord> DURATION = Column.of("DURATION", "durationMs", r -> r.duration().toMillis(),
        OperationTables::seconds);
    static final Column<OperationRecord> END = Column.of("END", "end", r -> r.end().toString(),
        v -> LOCAL_TIME.format(java.time.Instant.parse((String) v)));
    static final Column<OperationRecord> WHO = Column.of("WHO", "who", OperationRecord::who);
    static final Column<OperationRecord> MESSAGE = Column.of("MESSAGE", "message", OperationRecord::message);

    /** One line per operation, for {@code ops list}; the table shortens the id to what {@code ops show} needs. */
    static final Table<OperationRecord> LIST = new Table<>(
        Column.of("ID", "id", OperationRecord::id, v -> ((String) v).substring(0, Math.min(8, ((String) v).length()))),
        START, KIND, OUTCOME, VOLUME, DOCKER_VOLUME, HOSTS, DURATION);

    /** Everything about one operation but its steps: the result of attach, detach and move, and {@code ops show}. */
    static final List<Column<OperationRecord>> ONE_COLUMNS = List.of(ID, KIND, OUTCOME, VOLUME, VOLUME_ID,
        DOCKER_VOLUME, HOSTS, GATEWAY, START, END, DURATION, WHO, MESSAGE);
    static final Table<OperationRecord> ONE = table(ONE_COLUMNS);

    static final List<Column<StepRecord>> STEP_COLUMNS = List.of(
        Column.of("STEP", "name", StepRecord::name),
        Column.of("OUTCOME", "outcome", s -> s.isRunning() ? "RUNNING" : s.outcome().name()),
        Column.of("DURATION", "durationMs", s -> s.duration().toMillis(), OperationTables::seconds),
        Column.of("DETAIL", "detail", StepRecord::detail));
    static final Table<StepRecord> STEPS = table(STEP_COLUMNS);

    private OperationTables() {
    }

    /** A step as the progress on standard error shows it. */
    static String progressLine(StepRecord step) {
        return "  [" + step.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "] "
            + step.name() + (step.detail().isBlank() ? "" : ": " + step.detail()) + " ("
            + seconds(step.duration().truncatedTo(ChronoUnit.MILLIS).toMillis()) + ")";
    }

    @SuppressWarnings("unchecked")
    private static <T> Table<T> table(List<Column<T>> columns) {
        return new Table<>(columns.toArray(Column[]::new));
    }

    private static String seconds(Object millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", ((Number) millis).longValue() / 1000.0);
    }
}
