package io.arrowhead.ui.internal.editors;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.Formats;
import io.arrowhead.ui.model.VolumeNode;

/** The snapshots taken of the volume, and the button that takes another. Double-click opens a snapshot. */
final class VolumeSnapshotsPart extends NodeSectionPart {

    private final VolumeNode node;
    private final NodeFormEditor<VolumeNode> editor;
    private final TableViewer viewer;
    private final Button takeSnapshot;

    VolumeSnapshotsPart(Composite parent, FormToolkit toolkit, NodeFormEditor<VolumeNode> editor) {
        super(parent, toolkit, Messages.VolumeSnapshotsPart_title, Messages.VolumeSnapshotsPart_description);
        this.node = editor.node();
        this.editor = editor;
        client().setLayout(new GridLayout(2, false));
        viewer = FormTables.create(toolkit, client(), "volumeEditor.snapshots", 100);
        FormTables.addColumn(viewer, Volume.class, Messages.Column_name, 3, Volume::name);
        FormTables.addColumn(viewer, Volume.class, Messages.Column_size, 1,
            snapshot -> Formats.kib(snapshot.sizeInKb()));
        FormTables.addColumn(viewer, Volume.class, Messages.Column_created, 2,
            snapshot -> Formats.dateTime(snapshot.created()));
        viewer.addDoubleClickListener(event -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Volume snapshot) {
                Editors.open(editor.getSite().getPage(), new VolumeNode(node.connection(), snapshot.id()));
            }
        });
        takeSnapshot = toolkit.createButton(client(), Messages.VolumeSnapshotsPart_takeSnapshot, SWT.PUSH);
        takeSnapshot.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        WidgetIds.set(takeSnapshot, "volumeEditor.takeSnapshot");
        takeSnapshot.addListener(SWT.Selection, event -> takeSnapshot());
        done(toolkit);
    }

    @Override
    void showModel(boolean keepEdits) {
        ClusterModel model = node.model();
        viewer.setInput(model == null ? new Object[0] : model.snapshots(node.id()).toArray());
        takeSnapshot.setEnabled(node.connection().isConnected());
    }

    private void takeSnapshot() {
        ClusterModel model = node.model();
        Volume volume = model == null ? null : model.volume(node.id()).orElse(null);
        if (volume == null) {
            return;
        }
        SnapshotNameDialog dialog = new SnapshotNameDialog(client().getShell(), volume.name(), model);
        if (dialog.open() == Window.OK) {
            // the reload after the job lists the new snapshot through the model listener
            editor.run(ClusterOperations.takeSnapshot(node.connection(), volume.id(), dialog.getValue()),
                Messages.VolumeSnapshotsPart_failed, false, () -> { });
        }
    }

    @Override
    public boolean isDirty() {
        return false;
    }
}
