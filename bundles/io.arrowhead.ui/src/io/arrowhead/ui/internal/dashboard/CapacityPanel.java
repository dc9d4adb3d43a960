package io.arrowhead.ui.internal.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.stats.StatisticsUpdate;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.charts.CapacityBar;
import io.arrowhead.ui.internal.performance.PerformanceFeed;

/** Capacity of the system and of each pool, one bar each, from each tick's capacity statistics. */
final class CapacityPanel {

    private final GatewayConnection gateway;
    private final Group group;
    private final CapacityBar system;
    private final Map<String, CapacityBar> pools = new LinkedHashMap<>();

    CapacityPanel(Composite parent, PerformanceFeed feed) {
        gateway = feed.gateway();
        group = new Group(parent, SWT.NONE);
        group.setText(Messages.Dashboard_capacity);
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        WidgetIds.set(group, "dashboard.capacity");
        system = bar(Messages.Dashboard_systemCapacity, "dashboard.capacity.system");
        feed.select(StatisticsSelection.system(CapacityFigures.PROPERTIES))
            .select(StatisticsSelection.all(ObjectType.STORAGE_POOL, CapacityFigures.PROPERTIES))
            .onTick(this::tick);
    }

    private void tick(StatisticsUpdate update) {
        Statistics systemStatistics = update.statistics().system();
        boolean added = false;
        if (systemStatistics != null) {
            show(system, systemStatistics);
        }
        ClusterModel model = gateway.model();
        for (Map.Entry<String, Statistics> pool : update.statistics().of(ObjectType.STORAGE_POOL).entrySet()) {
            CapacityBar bar = pools.get(pool.getKey());
            if (bar == null) {
                String name = model == null ? pool.getKey() : model.pool(pool.getKey()).map(StoragePool::name)
                    .orElse(pool.getKey());
                bar = bar(NLS.bind(Messages.Dashboard_poolCapacity, name), "dashboard.capacity." + name);
                pools.put(pool.getKey(), bar);
                added = true;
            }
            show(bar, pool.getValue());
        }
        if (added) {
            group.getParent().layout(true, true);
        }
    }

    private static void show(CapacityBar bar, Statistics statistics) {
        bar.setCapacity(CapacityFigures.parts(statistics.capacity()), CapacityFigures.total(statistics.capacity()));
    }

    private CapacityBar bar(String title, String id) {
        CapacityBar bar = new CapacityBar(group, title);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = 120;
        bar.getControl().setLayoutData(data);
        WidgetIds.set(bar.getControl(), id);
        return bar;
    }
}
