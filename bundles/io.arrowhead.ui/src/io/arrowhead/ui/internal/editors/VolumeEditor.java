package io.arrowhead.ui.internal.editors;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations.VolumeChanges;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.performance.PerformanceSubject;
import io.arrowhead.ui.internal.performance.QosLimits;
import io.arrowhead.ui.model.VolumeNode;

/**
 * Edits a volume or snapshot: its name, its size and the QoS limits of its mappings, saved together in one job;
 * lists its snapshots and takes new ones.
 */
public final class VolumeEditor extends NodeFormEditor<VolumeNode> {

    public static final String ID = Editors.VOLUME_EDITOR_ID;

    private VolumeGeneralPart general;
    private VolumeMappingsPart mappings;

    @Override
    protected VolumeNode nodeOf(IEditorInput input) throws PartInitException {
        if (input instanceof VolumeEditorInput volumeInput) {
            return volumeInput.node();
        }
        throw new PartInitException(NLS.bind(Messages.VolumeEditor_cannotOpen, input.getName()));
    }

    @Override
    protected void createSections(IManagedForm form, Composite body) {
        FormToolkit toolkit = form.getToolkit();
        general = add(form, new VolumeGeneralPart(body, toolkit, node()), 1);
        add(form, new VolumeSnapshotsPart(body, toolkit, this), 1);
        mappings = add(form, new VolumeMappingsPart(body, toolkit, this), 2);
    }

    private static <P extends SectionPart> P add(IManagedForm form, P part, int columns) {
        part.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, columns, 1));
        form.addPart(part);
        return part;
    }

    @Override
    protected PerformanceSubject performanceSubject() {
        VolumeNode volume = node();
        return new PerformanceSubject(volume.connection(), ObjectType.VOLUME, volume.id(),
            () -> QosLimits.of(volume.volume().map(Volume::mappedSdcInfo).orElse(List.of())));
    }

    @Override
    protected boolean exists(ClusterModel model) {
        return model.volume(node().id()).isPresent();
    }

    @Override
    protected GatewayJob createSaveJob() {
        Volume volume = node().volume().orElse(null);
        if (volume == null) {
            return null;
        }
        VolumeChanges changes = new VolumeChanges(general.newName(volume), general.newSizeGib(volume),
            mappings.changes(volume));
        return changes.isEmpty() ? null : ClusterOperations.saveVolume(node().connection(), volume.id(), changes);
    }
}
