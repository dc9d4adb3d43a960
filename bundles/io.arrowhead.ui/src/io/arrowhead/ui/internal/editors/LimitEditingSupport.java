package io.arrowhead.ui.internal.editors;

import org.eclipse.osgi.util.NLS;
import java.util.Locale;
import java.util.function.LongFunction;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;

import io.arrowhead.core.VolumeRules;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.ui.WidgetIds;

/**
 * Edits one QoS limit of a mapping in place. A value is checked as it is typed; one the gateway would refuse is
 * reported in the form's header and not taken.
 */
final class LimitEditingSupport extends EditingSupport {

    /** The two limits of a mapping, each with its rule; 0 means unlimited for both. */
    enum Limit {
        IOPS(Messages.Limit_iops, VolumeRules::iopsLimitProblem),
        BANDWIDTH(Messages.Limit_bandwidth, VolumeRules::bandwidthLimitProblem);

        private final String what;
        private final LongFunction<String> rule;

        Limit(String what, LongFunction<String> rule) {
            this.what = what;
            this.rule = rule;
        }

        /** The problem of a typed value, or {@code null} when the gateway takes it. */
        String problem(String text) {
            try {
                return rule.apply(VolumeRules.parseLimit(text, what));
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
    }

    private final VolumeMappingsPart part;
    private final Limit limit;
    private final TextCellEditor editor;

    LimitEditingSupport(TableViewer viewer, VolumeMappingsPart part, Limit limit) {
        super(viewer);
        this.part = part;
        this.limit = limit;
        editor = new TextCellEditor(viewer.getTable());
        WidgetIds.set(editor.getControl(), "volumeEditor.mappings." + limit.name().toLowerCase(Locale.ROOT));
        editor.setValidator(value -> limit.problem((String) value));
        editor.addListener(new ICellEditorListener() {
            @Override
            public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                part.showLimitProblem(editor.getErrorMessage());
            }

            @Override
            public void applyEditorValue() {
                if (!editor.isValueValid()) {
                    part.showLimitProblem(NLS.bind(Messages.Limit_notApplied, editor.getErrorMessage()));
                }
            }

            @Override
            public void cancelEditor() {
                part.showLimitProblem(null);
            }
        });
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return part.isEditable();
    }

    @Override
    protected Object getValue(Object element) {
        return Long.toString(part.limit((MappedSdcInfo) element, limit));
    }

    @Override
    protected void setValue(Object element, Object value) {
        // a cell editor hands out null for a value its validator refused
        if (!(value instanceof String text) || limit.problem(text) != null) {
            return;
        }
        part.showLimitProblem(null);
        part.setLimit((MappedSdcInfo) element, limit, VolumeRules.parseLimit(text, limit.what));
    }
}
