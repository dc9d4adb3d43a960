package io.arrowhead.ui.internal.editors;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.arrowhead.ui.WidgetIds;

/** Tables of the editors' sections: headers, lines, and columns that share the width by weight. */
final class FormTables {

    private static final int MINIMUM_COLUMN_WIDTH = 60;

    private FormTables() {
    }

    /** A table viewer over arrays, filling a cell of the parent's grid. */
    static TableViewer create(FormToolkit toolkit, Composite parent, String widgetId, int heightHint) {
        Composite area = toolkit.createComposite(parent);
        GridData layoutData = new GridData(SWT.FILL, SWT.FILL, true, true);
        layoutData.heightHint = heightHint;
        area.setLayoutData(layoutData);
        area.setLayout(new TableColumnLayout());
        Table table = toolkit.createTable(area, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        WidgetIds.set(table, widgetId);
        TableViewer viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    /** Adds a column showing a text of each row, which must be a {@code rowType}. */
    static <T> TableViewerColumn addColumn(TableViewer viewer, Class<T> rowType, String header, int weight,
        Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        TableColumnLayout layout = (TableColumnLayout) viewer.getTable().getParent().getLayout();
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, MINIMUM_COLUMN_WIDTH));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }
        });
        return column;
    }
}
