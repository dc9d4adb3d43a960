package io.arrowhead.ui.internal.properties;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import io.arrowhead.ui.WidgetIds;

/**
 * A section that shows rows of text in a table with column headers. Subclasses only say what the columns are and
 * which rows the current element has; {@link #refresh()} recomputes them. Unless a subclass fixes its height, the
 * table is as tall as its rows, and the property sheet scrolls when the tab is taller than the view.
 */
public abstract class AbstractTableSection extends AbstractNodeSection {

    private TableViewer viewer;

    /** The test id of the table, such as {@code properties.general}. */
    protected abstract String widgetId();

    protected abstract List<String> headers();

    /** The rows of the element; each has one text per header. */
    protected abstract List<String[]> rows(Object element);

    /** The table's height in pixels, or {@link SWT#DEFAULT} to show every row without a scroll bar of its own. */
    protected int tableHeightHint() {
        return SWT.DEFAULT;
    }

    @Override
    protected void createContents(Composite parent) {
        createHeader(parent);
        Table table = getWidgetFactory().createTable(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        WidgetIds.set(table, widgetId());
        GridData layoutData = new GridData(SWT.FILL, SWT.FILL, true, tableHeightHint() != SWT.DEFAULT);
        layoutData.heightHint = tableHeightHint();
        table.setLayoutData(layoutData);
        if (tableHeightHint() == SWT.DEFAULT) {
            // GTK knows the header's height only once the table is shown; measure again when it is painted
            table.addListener(SWT.Paint, event -> {
                if (layoutData.heightHint != heightOfRows(table)) {
                    table.getDisplay().asyncExec(this::fitToRows);
                }
            });
        }
        viewer = new TableViewer(table);
        List<String> headers = headers();
        for (int i = 0; i < headers.size(); i++) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(headers.get(i));
            int index = i;
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object row) {
                    return ((String[]) row)[index];
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        createFooter(parent);
    }

    /** Adds widgets above the table; none by default. */
    protected void createHeader(Composite parent) {
    }

    /** Adds widgets below the table; none by default. */
    protected void createFooter(Composite parent) {
    }

    @Override
    public void refresh() {
        showRows(rows(element()));
    }

    protected void showRows(List<String[]> rows) {
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            viewer.setInput(rows.toArray());
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
            if (tableHeightHint() == SWT.DEFAULT) {
                ((GridData) table.getLayoutData()).heightHint = heightOfRows(table);
            }
        } finally {
            table.setRedraw(true);
        }
        contentResized();
    }

    private void fitToRows() {
        Table table = viewer.getTable();
        if (table.isDisposed()) {
            return;
        }
        GridData layoutData = (GridData) table.getLayoutData();
        if (layoutData.heightHint != heightOfRows(table)) {
            layoutData.heightHint = heightOfRows(table);
            contentResized();
        }
    }

    /** A table's own preferred height stops after a few rows (GTK); this is the height of all of them. */
    private static int heightOfRows(Table table) {
        int rowsHeight = Math.max(1, table.getItemCount()) * (table.getItemHeight() + table.getGridLineWidth());
        return table.computeTrim(0, 0, 0, table.getHeaderHeight() + rowsHeight).height;
    }
}
