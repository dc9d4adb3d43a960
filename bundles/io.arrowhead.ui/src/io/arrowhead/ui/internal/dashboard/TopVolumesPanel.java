package io.arrowhead.ui.internal.dashboard;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbenchPage;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.stats.StatisticsSubscription;
import io.arrowhead.core.stats.StatisticsUpdate;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.StatisticsSelection;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.charts.ChartUnit;
import io.arrowhead.ui.internal.dashboard.TopVolumes.Row;
import io.arrowhead.ui.internal.editors.Editors;
import io.arrowhead.ui.model.VolumeNode;

/**
 * The ten busiest volumes by IOPS, updated each tick; double-click or Enter opens a volume's editor. It keeps its own
 * subscriptions (see {@link TopVolumes}): a scan of every volume now and then, and its candidates each tick.
 */
final class TopVolumesPanel {

    private final GatewayConnection gateway;
    private final TableViewer viewer;
    private final TopVolumes top = new TopVolumes();
    private StatisticsSubscription scan;
    private StatisticsSubscription watch;
    private boolean closed;

    TopVolumesPanel(Composite parent, GatewayConnection gateway, IWorkbenchPage page) {
        this.gateway = gateway;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Dashboard_topVolumes);
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Composite holder = new Composite(group, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 260;
        holder.setLayoutData(data);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        WidgetIds.set(viewer.getTable(), "dashboard.topVolumes");
        column(columns, Messages.Dashboard_volume, 3, SWT.LEFT, row -> volumeName(row.id()));
        column(columns, Messages.Dashboard_iopsColumn, 2, SWT.RIGHT, row -> ChartUnit.IOPS.format(row.iops()));
        column(columns, Messages.Dashboard_readIops, 2, SWT.RIGHT, row -> ChartUnit.IOPS.format(row.readIops()));
        column(columns, Messages.Dashboard_writeIops, 2, SWT.RIGHT, row -> ChartUnit.IOPS.format(row.writeIops()));
        column(columns, Messages.Dashboard_bandwidthColumn, 2, SWT.RIGHT,
            row -> ChartUnit.KIB_PER_SECOND.format(row.readKibPerSecond() + row.writeKibPerSecond()));
        viewer.addOpenListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof Row row) {
                Editors.open(page, new VolumeNode(gateway, row.id()));
            }
        });
        viewer.setInput(List.of());
    }

    synchronized void start() {
        scan = subscribe(List.of(), this::scanned);
    }

    synchronized void close() {
        closed = true;
        if (scan != null) {
            scan.close();
        }
        if (watch != null) {
            watch.close();
        }
    }

    private synchronized void scanned(StatisticsUpdate update) {
        if (closed) {
            return;
        }
        List<Row> ranked = TopVolumes.rank(update.performance(), TopVolumes.CANDIDATES);
        top.scanned(update.sampledAt());
        if (!ranked.isEmpty()) {
            // the scan is done until the next is due; the candidates go on each tick. A tick in flight may still
            // arrive after the close: it ranks again, harmlessly.
            if (scan != null) {
                scan.close();
                scan = null;
            }
            if (watch != null) {
                watch.close();
            }
            watch = subscribe(ranked.stream().map(Row::id).toList(), this::watched);
        }
        show(ranked.stream().limit(TopVolumes.SHOWN).toList());
    }

    private synchronized void watched(StatisticsUpdate update) {
        if (closed) {
            return;
        }
        show(TopVolumes.rank(update.performance(), TopVolumes.SHOWN));
        if (scan == null && top.scanDue(update.sampledAt())) {
            scan = subscribe(List.of(), this::scanned);
        }
    }

    /** Subscribes to the given volumes, or to every volume for an empty list. */
    private StatisticsSubscription subscribe(List<String> ids, Consumer<StatisticsUpdate> then) {
        StatisticsSelection selection = ids.isEmpty()
            ? StatisticsSelection.all(ObjectType.VOLUME, TopVolumes.PROPERTIES)
            : StatisticsSelection.of(ObjectType.VOLUME, ids, TopVolumes.PROPERTIES);
        return ArrowheadCore.statistics().subscribe(gateway, List.of(selection), then::accept);
    }

    private void show(List<Row> rows) {
        var table = viewer.getTable();
        if (table.isDisposed()) {
            return;
        }
        table.getDisplay().asyncExec(() -> {
            if (!table.isDisposed()) {
                viewer.setInput(rows);
            }
        });
    }

    private String volumeName(String id) {
        ClusterModel model = gateway.model();
        return model == null ? id : model.volume(id).map(Volume::name).filter(name -> !name.isBlank()).orElse(id);
    }

    private void column(TableColumnLayout layout, String title, int weight, int style, Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, style);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
    }
}
