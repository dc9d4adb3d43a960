package io.arrowhead.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import io.arrowhead.ui.internal.Formats;

/** A table of name and value pairs, the shape of most property sections. */
public abstract class AbstractKeyValueSection extends AbstractTableSection {

    private static final List<String> HEADERS = List.of(Messages.Text_property, Messages.Text_value);

    @Override
    protected final List<String> headers() {
        return HEADERS;
    }

    @Override
    protected final List<String[]> rows(Object element) {
        Rows rows = new Rows();
        if (element != null) {
            addRows(element, rows);
        }
        return rows.list();
    }

    /** Adds the element's pairs in display order. */
    protected abstract void addRows(Object element, Rows rows);

    /** Collects name and value pairs. */
    public static final class Rows {

        private final List<String[]> list = new ArrayList<>();

        /** Adds a pair; an absent value shows as {@link Formats#NONE}. */
        public Rows add(String name, Object value) {
            list.add(new String[] {name, Formats.text(value)});
            return this;
        }

        /** Adds a pair only when the value is known. */
        public Rows addIfPresent(String name, Object value) {
            if (value != null) {
                add(name, value);
            }
            return this;
        }

        public boolean isEmpty() {
            return list.isEmpty();
        }

        List<String[]> list() {
            return list;
        }
    }
}
