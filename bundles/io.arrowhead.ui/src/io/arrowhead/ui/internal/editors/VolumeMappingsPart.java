package io.arrowhead.ui.internal.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations.MappingLimits;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.editors.LimitEditingSupport.Limit;
import io.arrowhead.ui.internal.Formats;
import io.arrowhead.ui.model.VolumeNode;

/** The SDCs the volume is mapped to, whose IOPS and bandwidth limits can be edited in the table. */
final class VolumeMappingsPart extends NodeSectionPart {

    private static final String LIMIT_KEY = "volumeEditor.mappings.limit";

    private final VolumeNode node;
    private final NodeFormEditor<?> editor;
    private final TableViewer viewer;
    /** Limits the user set and did not save yet, by SDC id. */
    private final Map<String, MappingLimits> edits = new HashMap<>();

    VolumeMappingsPart(Composite parent, FormToolkit toolkit, NodeFormEditor<VolumeNode> editor) {
        super(parent, toolkit, Messages.VolumeMappingsPart_title, Messages.VolumeMappingsPart_description);
        this.node = editor.node();
        this.editor = editor;
        client().setLayout(new GridLayout(1, false));
        viewer = FormTables.create(toolkit, client(), "volumeEditor.mappings", 120);
        FormTables.addColumn(viewer, MappedSdcInfo.class, Messages.Column_sdc, 3, this::sdcLabel);
        FormTables.addColumn(viewer, MappedSdcInfo.class, Messages.Column_ip, 2,
            mapping -> Formats.text(mapping.sdcIp()));
        FormTables.addColumn(viewer, MappedSdcInfo.class, Messages.Column_access, 2,
            mapping -> Formats.accessMode(mapping.accessMode()));
        FormTables.addColumn(viewer, MappedSdcInfo.class, Messages.Column_iopsLimit, 2,
            mapping -> Formats.iopsLimit(limit(mapping, Limit.IOPS)))
            .setEditingSupport(new LimitEditingSupport(viewer, this, Limit.IOPS));
        FormTables.addColumn(viewer, MappedSdcInfo.class, Messages.Column_bandwidthLimitMbps, 2,
            mapping -> Formats.bandwidthLimit(limit(mapping, Limit.BANDWIDTH)))
            .setEditingSupport(new LimitEditingSupport(viewer, this, Limit.BANDWIDTH));
        done(toolkit);
    }

    @Override
    void showModel(boolean keepEdits) {
        Volume volume = node.volume().orElse(null);
        List<MappedSdcInfo> mappings = volume == null ? List.of() : volume.mappedSdcInfo();
        if (keepEdits) {
            // a mapping removed meanwhile takes its pending limits with it
            edits.keySet().removeIf(sdcId -> mappings.stream().noneMatch(m -> sdcId.equals(m.sdcId())));
        } else {
            edits.clear();
            showLimitProblem(null);
        }
        viewer.setInput(mappings.toArray());
    }

    /** The limit shown for a mapping: the user's pending value, else the gateway's. */
    long limit(MappedSdcInfo mapping, Limit limit) {
        MappingLimits edited = edits.get(mapping.sdcId());
        MappingLimits limits = edited != null ? edited : modelLimits(mapping);
        return limit == Limit.IOPS ? limits.iopsLimit() : limits.bandwidthMbps();
    }

    void setLimit(MappedSdcInfo mapping, Limit limit, long value) {
        MappingLimits current = new MappingLimits(mapping.sdcId(), limit(mapping, Limit.IOPS),
            limit(mapping, Limit.BANDWIDTH));
        MappingLimits changed = limit == Limit.IOPS ? new MappingLimits(mapping.sdcId(), value, current.bandwidthMbps())
            : new MappingLimits(mapping.sdcId(), current.iopsLimit(), value);
        if (changed.equals(modelLimits(mapping))) {
            edits.remove(mapping.sdcId());
        } else {
            edits.put(mapping.sdcId(), changed);
        }
        viewer.update(mapping, null);
        edited();
    }

    /** The limits to send: the pending ones that still differ from the volume's mappings. */
    List<MappingLimits> changes(Volume volume) {
        List<MappingLimits> changes = new ArrayList<>();
        for (MappedSdcInfo mapping : volume.mappedSdcInfo()) {
            MappingLimits edit = edits.get(mapping.sdcId());
            if (edit != null && !edit.equals(modelLimits(mapping))) {
                changes.add(edit);
            }
        }
        return changes;
    }

    boolean isEditable() {
        return !editor.isSaving() && node.connection().isConnected();
    }

    void showLimitProblem(String problem) {
        report(LIMIT_KEY, problem, viewer.getTable());
    }

    private MappingLimits modelLimits(MappedSdcInfo mapping) {
        return new MappingLimits(mapping.sdcId(), orZero(mapping.limitIops()), orZero(mapping.limitBwInMbps()));
    }

    private String sdcLabel(MappedSdcInfo mapping) {
        ClusterModel model = node.model();
        if (mapping.sdcName() != null || model == null) {
            return Formats.text(mapping.sdcName() != null ? mapping.sdcName() : mapping.sdcId());
        }
        return model.sdc(mapping.sdcId()).map(ClusterModel::sdcLabel).orElse(mapping.sdcId());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    @Override
    public boolean isDirty() {
        return !edits.isEmpty();
    }
}
