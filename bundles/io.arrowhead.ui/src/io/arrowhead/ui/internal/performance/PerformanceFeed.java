package io.arrowhead.ui.internal.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.stats.HistoryPoints;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.Performance;
import io.arrowhead.core.stats.PerformanceStatistics;
import io.arrowhead.core.stats.PollerState;
import io.arrowhead.core.stats.PollerStatus;
import io.arrowhead.core.stats.SeriesKey;
import io.arrowhead.core.stats.StatisticsListener;
import io.arrowhead.core.stats.StatisticsSubscription;
import io.arrowhead.core.stats.StatisticsUpdate;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.charts.ChartLine;
import io.arrowhead.ui.internal.charts.ChartUnit;
import io.arrowhead.ui.internal.charts.LiveChart;
import io.arrowhead.ui.internal.charts.SeriesRole;

/**
 * Feeds a view's charts from its gateway's statistics poller: one subscription covers every line of every chart of
 * the view, each chart starts with its series' past, and each tick reaches the charts in one batch per chart on the
 * UI thread. The poller's state (backing off, not connected) shows on every chart.
 */
public final class PerformanceFeed implements StatisticsListener {

    private record Binding(LiveChart chart, ChartLine line, SeriesKey key) {
    }

    private final Display display;
    private final GatewayConnection gateway;
    private final List<Binding> bindings = new ArrayList<>();
    /** The bindings per chart, for one batch per chart and tick; grouped once, at the start. */
    private final Map<LiveChart, List<Binding>> byChart = new LinkedHashMap<>();
    private final List<StatisticsSelection> extraSelections = new ArrayList<>();
    private final List<Consumer<StatisticsUpdate>> tickListeners = new ArrayList<>();
    private final AtomicReference<StatisticsSubscription> subscription = new AtomicReference<>();
    private volatile boolean closed;

    public PerformanceFeed(Display display, GatewayConnection gateway) {
        this.display = display;
        this.gateway = gateway;
    }

    public GatewayConnection gateway() {
        return gateway;
    }

    /** Plots {@code metric} of one object on {@code line}; {@code id} is {@link SeriesKey#SYSTEM_ID} for the system. */
    public PerformanceFeed bind(LiveChart chart, ChartLine line, ObjectType<?> type, String id, Metric metric) {
        bindings.add(new Binding(chart, line, new SeriesKey(gateway.id(), type, id, metric)));
        return this;
    }

    /** Plots the read and write {@code metric}s of one object as the chart's Read and Write lines. */
    public PerformanceFeed bindReadWrite(LiveChart chart, ObjectType<?> type, String id, Metric read, Metric write) {
        bind(chart, chart.addLine(Messages.Line_read, SeriesRole.READ), type, id, read);
        return bind(chart, chart.addLine(Messages.Line_write, SeriesRole.WRITE), type, id, write);
    }

    /** A live chart laid out in a grid, {@code heightHint} pixels high, under a widget id for tests. */
    public static LiveChart chart(Composite parent, String title, ChartUnit unit, String widgetId, int heightHint) {
        LiveChart chart = new LiveChart(parent, title, unit);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = heightHint;
        chart.getControl().setLayoutData(data);
        WidgetIds.set(chart.getControl(), widgetId);
        return chart;
    }

    /** Asks for more statistics each tick, for a listener of {@link #onTick}. */
    public PerformanceFeed select(StatisticsSelection selection) {
        extraSelections.add(selection);
        return this;
    }

    /** Runs {@code listener} on the UI thread after the charts took each tick. */
    public PerformanceFeed onTick(Consumer<StatisticsUpdate> listener) {
        tickListeners.add(listener);
        return this;
    }

    /** Shows each line's past and subscribes. Call once, on the UI thread, after binding. */
    public void start() {
        bindings.forEach(binding -> byChart.computeIfAbsent(binding.chart(), chart -> new ArrayList<>()).add(binding));
        PerformanceStatistics statistics = ArrowheadCore.statistics();
        for (Binding binding : bindings) {
            HistoryPoints past = statistics.history(binding.key());
            binding.chart().setHistory(binding.line(), past.epochMillis(), past.values());
        }
        subscription.set(statistics.subscribe(gateway, selections(), this));
    }

    /** Ends the subscription; the series keep their history in the core for a while. */
    public void close() {
        closed = true;
        StatisticsSubscription current = subscription.getAndSet(null);
        if (current != null) {
            current.close();
        }
    }

    /** The bound series and the extra selections; the poller merges them with every other subscriber's. */
    List<StatisticsSelection> selections() {
        List<StatisticsSelection> all = new ArrayList<>(extraSelections);
        for (Binding binding : bindings) {
            SeriesKey key = binding.key();
            String[] properties = key.metric().properties().toArray(String[]::new);
            all.add(key.type() == ObjectType.SYSTEM ? StatisticsSelection.system(properties)
                : StatisticsSelection.of(key.type(), List.of(key.objectId()), properties));
        }
        return all;
    }

    @Override
    public void statisticsArrived(StatisticsUpdate update) {
        onUi(() -> showTick(update));
    }

    @Override
    public void pollerChanged(PollerStatus status) {
        onUi(() -> {
            String message = PollerStatusText.of(status);
            byChart.keySet().forEach(chart -> chart.setStatus(message));
            if (status.state() == PollerState.BACKING_OFF || status.state() == PollerState.STOPPED) {
                gap(System.currentTimeMillis());
            }
        });
    }

    /** Ends every line at {@code time}, so that the time without answers shows as a gap, not a straight line. */
    private void gap(long time) {
        byChart.forEach((chart, lines) -> chart.batch(() -> lines.forEach(binding -> chart.add(binding.line(), time,
            Double.NaN))));
    }

    private void showTick(StatisticsUpdate update) {
        long time = update.sampledAt().toEpochMilli();
        byChart.forEach((chart, lines) -> chart.batch(() -> {
            for (Binding binding : lines) {
                SeriesKey key = binding.key();
                Performance performance = update.performance(key.type(), key.objectId());
                chart.add(binding.line(), time, performance == null ? Double.NaN
                    : performance.value(key.metric()));
            }
        }));
        tickListeners.forEach(listener -> listener.accept(update));
    }

    private void onUi(Runnable runnable) {
        if (closed || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!closed) {
                runnable.run();
            }
        });
    }
}
