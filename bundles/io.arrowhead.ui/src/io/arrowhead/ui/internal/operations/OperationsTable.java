package io.arrowhead.ui.internal.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.ui.WidgetIds;

/**
 * The table of operations: running ones on top, then the rest by start, newest first unless the When column is
 * clicked. Rows are the same operation while its record changes (a running one after each step), matched by id, so
 * the selection stays on it.
 */
final class OperationsTable {

    private final TableViewer viewer;
    private final List<OperationRecord> rows = new ArrayList<>();
    private String filter = "";
    private boolean newestFirst = true;

    OperationsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        WidgetIds.set(table, "operations.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setComparer(new IElementComparer() {
            @Override
            public boolean equals(Object a, Object b) {
                return a instanceof OperationRecord x && b instanceof OperationRecord y ? x.id().equals(y.id())
                    : a.equals(b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof OperationRecord record ? record.id().hashCode() : element.hashCode();
            }
        });
        TableColumn when = column(Messages.Operations_when, 150, OperationTexts::when);
        column(Messages.Operations_who, 130, OperationTexts::who);
        column(Messages.Operations_what, 80, OperationTexts::what);
        column(Messages.Operations_volume, 160, OperationTexts::volume);
        column(Messages.Operations_hosts, 130, OperationTexts::hosts);
        column(Messages.Operations_outcome, 150, OperationTexts::outcome);
        column(Messages.Operations_duration, 80, OperationTexts::duration);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer unused, Object a, Object b) {
                return order().compare((OperationRecord) a, (OperationRecord) b);
            }
        });
        viewer.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer unused, Object parent, Object element) {
                return filter.isEmpty() || OperationTexts.columns((OperationRecord) element)
                    .anyMatch(text -> text.toLowerCase(Locale.getDefault()).contains(filter));
            }
        });
        table.setSortColumn(when);
        table.setSortDirection(SWT.DOWN);
        when.addListener(SWT.Selection, e -> {
            newestFirst = !newestFirst;
            table.setSortDirection(newestFirst ? SWT.DOWN : SWT.UP);
            viewer.refresh();
        });
        viewer.setInput(rows);
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Shows these records instead of the ones before, keeping the selected operation selected. */
    void show(List<OperationRecord> records) {
        rows.clear();
        rows.addAll(records);
        viewer.refresh(true);
    }

    /** Keeps the rows any of whose column texts contains {@code text}, ignoring case. */
    void filter(String text) {
        filter = text.strip().toLowerCase(Locale.getDefault());
        viewer.refresh();
    }

    private Comparator<OperationRecord> order() {
        Comparator<OperationRecord> byStart = Comparator.comparing(OperationRecord::start);
        return Comparator.comparing((OperationRecord record) -> !record.isRunning())
            .thenComparing(newestFirst ? byStart.reversed() : byStart);
    }

    private TableColumn column(String title, int width, Function<OperationRecord, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((OperationRecord) element);
            }
        });
        return column.getColumn();
    }
}
