package io.arrowhead.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Reads SWT tables as rows of cell texts. */
public final class Tables {

    private final UiDriver driver;

    Tables(UiDriver driver) {
        this.driver = driver;
    }

    public List<String> headers(Table table) {
        return driver.onUi(() -> headersNow(table));
    }

    public List<List<String>> rows(Table table) {
        return driver.onUi(() -> {
            int columns = Math.max(1, table.getColumnCount());
            List<List<String>> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> row = new ArrayList<>(columns);
                for (int column = 0; column < columns; column++) {
                    row.add(item.getText(column));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    /** The cells of one column, by header text. */
    public List<String> column(Table table, String header) {
        int index = headers(table).indexOf(header);
        if (index < 0) {
            throw new AssertionError("No column '" + header + "' in " + headers(table));
        }
        return rows(table).stream().map(row -> row.get(index)).toList();
    }

    private static List<String> headersNow(Table table) {
        List<String> headers = new ArrayList<>();
        for (TableColumn column : table.getColumns()) {
            headers.add(column.getText());
        }
        return headers;
    }
}
