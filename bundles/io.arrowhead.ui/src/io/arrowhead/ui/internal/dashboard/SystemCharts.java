package io.arrowhead.ui.internal.dashboard;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.Performance;
import io.arrowhead.core.stats.SeriesKey;
import io.arrowhead.core.stats.StatisticsUpdate;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.charts.ChartUnit;
import io.arrowhead.ui.internal.charts.LiveChart;
import io.arrowhead.ui.internal.charts.SeriesRole;
import io.arrowhead.ui.internal.performance.PerformanceFeed;

/**
 * The system's charts on the dashboard: IOPS and bandwidth, read and write; latency once the gateway reports it; and
 * rebuild and rebalance bandwidth while there is any (a line of text says so otherwise).
 */
final class SystemCharts {

    /** How long rebuild or rebalance stays charted after its traffic ended, so that its end is seen. */
    private static final long REBUILD_LINGER_MILLIS = 5 * 60_000;

    private static final int HEIGHT = 240;

    private final LiveChart latency;
    private final LiveChart rebuild;
    private final Label noRebuild;
    private long lastRebuildMillis = Long.MIN_VALUE;

    SystemCharts(Composite parent, PerformanceFeed feed) {
        String system = SeriesKey.SYSTEM_ID;
        LiveChart iops = PerformanceFeed.chart(parent, Messages.Dashboard_iops, ChartUnit.IOPS, "dashboard.iops",
            HEIGHT);
        feed.bindReadWrite(iops, ObjectType.SYSTEM, system, Metric.READ_IOPS, Metric.WRITE_IOPS);
        LiveChart bandwidth = PerformanceFeed.chart(parent, Messages.Dashboard_bandwidth, ChartUnit.KIB_PER_SECOND,
            "dashboard.bandwidth", HEIGHT);
        feed.bindReadWrite(bandwidth, ObjectType.SYSTEM, system, Metric.READ_BANDWIDTH, Metric.WRITE_BANDWIDTH);
        latency = PerformanceFeed.chart(parent, Messages.Dashboard_latency, ChartUnit.MILLISECONDS,
            "dashboard.latency", HEIGHT);
        feed.bindReadWrite(latency, ObjectType.SYSTEM, system, Metric.READ_LATENCY, Metric.WRITE_LATENCY);
        rebuild = PerformanceFeed.chart(parent, Messages.Dashboard_rebuild, ChartUnit.KIB_PER_SECOND,
            "dashboard.rebuild", HEIGHT);
        feed.bind(rebuild, rebuild.addLine(Messages.Dashboard_rebuildLine, SeriesRole.READ), ObjectType.SYSTEM,
            system, Metric.REBUILD_BANDWIDTH);
        feed.bind(rebuild, rebuild.addLine(Messages.Dashboard_rebalanceLine, SeriesRole.WRITE), ObjectType.SYSTEM,
            system, Metric.REBALANCE_BANDWIDTH);
        noRebuild = new Label(parent, SWT.WRAP);
        noRebuild.setText(Messages.Dashboard_noRebuild);
        noRebuild.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        WidgetIds.set(noRebuild, "dashboard.noRebuild");
        show(latency, false);
        show(rebuild, false);
        feed.onTick(this::tick);
    }

    private void tick(StatisticsUpdate update) {
        Performance system = update.performance(ObjectType.SYSTEM, SeriesKey.SYSTEM_ID);
        if (system == null) {
            return;
        }
        boolean changed = show(latency, latency.getControl().getVisible() || system.has(Metric.READ_LATENCY));
        long now = update.sampledAt().toEpochMilli();
        if (system.value(Metric.REBUILD_BANDWIDTH) > 0 || system.value(Metric.REBALANCE_BANDWIDTH) > 0) {
            lastRebuildMillis = now;
        }
        boolean rebuilding = lastRebuildMillis != Long.MIN_VALUE && now - lastRebuildMillis <= REBUILD_LINGER_MILLIS;
        changed |= show(rebuild, rebuilding);
        changed |= showControl(noRebuild, !rebuilding);
        if (changed) {
            rebuild.getControl().getParent().layout(true, true);
        }
    }

    private static boolean show(LiveChart chart, boolean visible) {
        return showControl(chart.getControl(), visible);
    }

    private static boolean showControl(Control control, boolean visible) {
        if (control.getVisible() == visible) {
            return false;
        }
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
        return true;
    }
}
