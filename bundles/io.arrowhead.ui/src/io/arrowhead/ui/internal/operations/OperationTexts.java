package io.arrowhead.ui.internal.operations;

import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.OperationSubject;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.ui.internal.Formats;

/**
 * The text of each cell of the operations view. Enum values are named through labels.properties, by constant, and
 * a constant added to the core later still reads well from its own name, so no switch here needs to know them all.
 */
final class OperationTexts {

    private static final ResourceBundle LABELS = ResourceBundle.getBundle(
        OperationTexts.class.getPackageName() + ".labels", Locale.getDefault(), OperationTexts.class.getClassLoader());

    private OperationTexts() {
    }

    static String when(OperationRecord record) {
        return Formats.dateTime(record.start());
    }

    static String who(OperationRecord record) {
        return Formats.text(record.who());
    }

    static String what(OperationRecord record) {
        return label("Kind", record.kind());
    }

    static String volume(OperationRecord record) {
        OperationSubject subject = record.subject();
        String volume = subject.volumeName() != null ? subject.volumeName() : subject.volumeId();
        if (subject.dockerVolume() == null) {
            return Formats.text(volume);
        }
        return volume == null ? subject.dockerVolume()
            : NLS.bind(Messages.Operations_volumeAndDocker, volume, subject.dockerVolume());
    }

    static String hosts(OperationRecord record) {
        return record.subject().hosts().isEmpty() ? Formats.NONE : String.join(" \u2192 ", record.subject().hosts());
    }

    static String outcome(OperationRecord record) {
        return record.isRunning() ? Messages.Operations_running : label("Outcome", record.outcome());
    }

    static String duration(OperationRecord record) {
        return duration(record.duration());
    }

    static String stepOutcome(StepRecord step) {
        return step.isRunning() ? Messages.Operations_running : label("StepOutcome", step.outcome());
    }

    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return NLS.bind(Messages.Operations_millis, millis);
        }
        if (millis < 60_000) {
            return NLS.bind(Messages.Operations_seconds, String.format(Locale.getDefault(), "%.1f", millis / 1000.0));
        }
        return NLS.bind(Messages.Operations_minutes, millis / 60_000, millis / 1000 % 60);
    }

    /** Every column's text, for the filter. */
    static Stream<String> columns(OperationRecord record) {
        return Stream.of(when(record), who(record), what(record), volume(record), hosts(record), outcome(record),
            duration(record));
    }

    /** The label of {@code prefix.CONSTANT}, or the constant's name in words if the labels do not have it. */
    static String label(String prefix, Enum<?> value) {
        try {
            return LABELS.getString(prefix + "." + value.name());
        } catch (MissingResourceException e) {
            String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
