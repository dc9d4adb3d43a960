package io.arrowhead.ui.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.stats.StatisticsSubscription;
import io.arrowhead.core.stats.StatisticsUpdate;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.ui.internal.charts.LiveChart;
import io.arrowhead.ui.testing.AccessibleNames;
import io.arrowhead.ui.testing.UiDriver;

/**
 * Reads live charts as a screen reader does, through their accessible names ("System IOPS: read 12,300, write 4,100"),
 * and listens to the same ticks as the console, to compare what a chart shows with what the gateway answered.
 */
final class LiveCharts {

    private static final Pattern VALUE = Pattern.compile("(\\w[\\w ]*?) (-?[\\d,]+(?:\\.\\d+)?)");

    private final UiDriver ui;
    private int savedInterval = -1;

    LiveCharts(UiDriver ui) {
        this.ui = ui;
    }

    /** Ticks every second for the test; {@link #restoreInterval()} puts the user's interval back. */
    void tickEverySecond() {
        savedInterval = (int) ConsolePreferences.statisticsInterval().toSeconds();
        ConsolePreferences.setStatisticsInterval(1);
    }

    void restoreInterval() {
        if (savedInterval > 0) {
            ConsolePreferences.setStatisticsInterval(savedInterval);
        }
    }

    /** The drawing of the chart with this widget id under {@code parent}: what a screen reader reads. */
    Control chart(Composite parent, String id) {
        Composite chart = ui.find(parent).withId(Composite.class, id);
        return ui.waitFor("the drawing of chart " + id, () -> ui.find(chart).all(Canvas.class).stream().findFirst()
            .orElse(null));
    }

    /** The live chart with this widget id under {@code parent}, to read what it holds. */
    LiveChart liveChart(Composite parent, String id) {
        Composite body = ui.find(parent).withId(Composite.class, id);
        return ui.onUi(() -> LiveChart.of(body));
    }

    String name(Control chart) {
        return ui.onUi(() -> AccessibleNames.of(chart));
    }

    /** What the chart says about its state, such as a gateway not answering; empty when all is well. */
    String description(Control chart) {
        return ui.onUi(() -> {
            String description = AccessibleNames.descriptionOf(chart);
            return description == null ? "" : description;
        });
    }

    /** The values a chart's accessible name states, by lower-case line label, as numbers. */
    static Map<String, Double> values(String accessibleName) {
        Map<String, Double> values = new LinkedHashMap<>();
        int colon = accessibleName.indexOf(':');
        Matcher matcher = VALUE.matcher(accessibleName.substring(colon + 1));
        while (matcher.find()) {
            values.put(matcher.group(1).trim(), Double.parseDouble(matcher.group(2).replace(",", "")));
        }
        return values;
    }

    /** Hears every tick of the gateway's poller with the given selections; they join the console's one request. */
    static Ticks listen(GatewayConnection gateway, StatisticsSelection... selections) {
        Ticks ticks = new Ticks();
        ticks.subscription = ArrowheadCore.statistics().subscribe(gateway, List.of(selections),
            ticks.arrived::add);
        return ticks;
    }

    static final class Ticks implements AutoCloseable {

        final BlockingQueue<StatisticsUpdate> arrived = new LinkedBlockingQueue<>();
        private StatisticsSubscription subscription;

        @Override
        public void close() {
            subscription.close();
        }
    }
}
