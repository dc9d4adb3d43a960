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
 * which rows the current element has; {@link #refresh()} recomputes them.
 */
public abstract class AbstractTableSection extends AbstractNodeSection {

    private TableViewer viewer;

    /** The test id of the table, such as {@code properties.general}. */
    protected abstract String widgetId();

    protected abstract List<String> headers();

    /** The rows of the element; each has one text per header. */
    protected abstract List<String[]> rows(Object element);

    /** The table's height in pixels, or {@link SWT#DEFAULT} to show every row. */
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
        } finally {
            table.setRedraw(true);
        }
        contentResized();
    }
}
