package io.arrowhead.ui.internal.editors;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.Formats;
import io.arrowhead.ui.model.SdcNode;
import io.arrowhead.ui.model.VolumeNode;

/** The volumes mapped to the SDC with each mapping's access and limits. Double-click opens a volume's editor. */
final class SdcMappingsPart extends NodeSectionPart {

    private final SdcNode node;
    private final TableViewer viewer;

    SdcMappingsPart(Composite parent, FormToolkit toolkit, NodeFormEditor<SdcNode> editor) {
        super(parent, toolkit, Messages.SdcMappingsPart_title, Messages.SdcMappingsPart_description);
        this.node = editor.node();
        client().setLayout(new GridLayout(1, false));
        viewer = FormTables.create(toolkit, client(), "sdcEditor.mappings", 160);
        FormTables.addColumn(viewer, Volume.class, Messages.Column_volume, 3, Volume::name);
        FormTables.addColumn(viewer, Volume.class, Messages.Column_size, 1, volume -> Formats.kib(volume.sizeInKb()));
        FormTables.addColumn(viewer, Volume.class, Messages.Column_access, 1,
            volume -> Formats.accessMode(mapping(volume).accessMode()));
        FormTables.addColumn(viewer, Volume.class, Messages.Column_iopsLimit, 2,
            volume -> Formats.iopsLimit(mapping(volume).limitIops()));
        FormTables.addColumn(viewer, Volume.class, Messages.Column_bandwidthLimit, 2,
            volume -> Formats.bandwidthLimit(mapping(volume).limitBwInMbps()));
        viewer.addDoubleClickListener(event -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Volume volume) {
                Editors.open(editor.getSite().getPage(), new VolumeNode(node.connection(), volume.id()));
            }
        });
        done(toolkit);
    }

    private MappedSdcInfo mapping(Volume volume) {
        return volume.mappingOf(node.id())
            .orElse(new MappedSdcInfo(node.id(), null, null, null, null, null, null));
    }

    @Override
    void showModel(boolean keepEdits) {
        ClusterModel model = node.model();
        viewer.setInput(model == null ? new Object[0] : model.volumesMappedTo(node.id()).toArray());
    }

    @Override
    public boolean isDirty() {
        return false;
    }
}
