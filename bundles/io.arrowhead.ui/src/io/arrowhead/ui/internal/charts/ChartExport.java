package io.arrowhead.ui.internal.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.jfree.data.time.TimeSeries;

/**
 * Exports of a live chart: its shown points as CSV (raw values in the unit the header names, a gap as an empty
 * cell) and its picture as PNG. The user's exports ask for a file, take what is shown on the UI thread, and write
 * it in a job; a failure says so in a dialog.
 */
final class ChartExport {

    private ChartExport() {
    }

    /** The CSV of the lines' points from one time to another: one row per time at which any line has a point. */
    static String csv(List<ChartLine> lines, ChartUnit unit, long from, long to) {
        List<ChartLine> shown = lines.stream().filter(line -> line.role() != SeriesRole.LIMIT).toList();
        StringBuilder text = new StringBuilder("time");
        TreeMap<Long, String[]> rows = new TreeMap<>();
        for (int column = 0; column < shown.size(); column++) {
            text.append(',').append(cell(shown.get(column).label() + " (" + unit.symbol() + ")"));
            TimeSeries series = shown.get(column).series();
            for (int i = 0; i < series.getItemCount(); i++) {
                long time = series.getTimePeriod(i).getFirstMillisecond();
                if (time >= from && time <= to) {
                    rows.computeIfAbsent(time, key -> new String[shown.size()])[column] =
                        ChartUnit.raw(series.getValue(i).doubleValue());
                }
            }
        }
        text.append('\n');
        rows.forEach((time, values) -> {
            text.append(Instant.ofEpochMilli(time));
            for (String value : values) {
                text.append(',').append(value == null ? "" : value);
            }
            text.append('\n');
        });
        return text.toString();
    }

    /** A CSV cell, quoted when the text holds a comma, quote or line break. */
    private static String cell(String text) {
        if (text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static void writeText(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void writePng(Path file, ImageData picture) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {picture};
        try (OutputStream out = Files.newOutputStream(file)) {
            loader.save(out, SWT.IMAGE_PNG);
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static void askCsv(LiveChart chart) {
        Path file = ask(chart, "*.csv", ".csv");
        if (file != null) {
            String text = chart.csv();
            write(chart, file, () -> writeText(file, text));
        }
    }

    static void askPng(LiveChart chart) {
        Path file = ask(chart, "*.png", ".png");
        if (file != null) {
            ImageData picture = chart.canvas().snapshot();
            write(chart, file, () -> writePng(file, picture));
        }
    }

    private static Path ask(LiveChart chart, String filter, String extension) {
        FileDialog dialog = new FileDialog(chart.getControl().getShell(), SWT.SAVE);
        dialog.setText(NLS.bind(Messages.LiveChart_exportTitle, chart.title()));
        dialog.setFilterExtensions(new String[] {filter});
        dialog.setFileName(chart.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    private static void write(LiveChart chart, Path file, Writer writer) {
        Shell shell = chart.getControl().getShell();
        Display display = shell.getDisplay();
        Job job = Job.create(NLS.bind(Messages.LiveChart_exportJob, file.getFileName()), monitor -> {
            try {
                writer.write();
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                display.asyncExec(() -> MessageDialog.openError(shell.isDisposed() ? null : shell,
                    Messages.LiveChart_exportFailedTitle, NLS.bind(Messages.LiveChart_exportFailed, file, reason)));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    @FunctionalInterface
    private interface Writer {
        void write() throws IOException;
    }
}
