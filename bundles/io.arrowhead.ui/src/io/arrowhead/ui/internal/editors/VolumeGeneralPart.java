package io.arrowhead.ui.internal.editors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.scaleio.client.Sizes;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.Formats;
import io.arrowhead.ui.model.VolumeNode;

/** The volume's name and size, which the user may change, and the facts they may not. */
final class VolumeGeneralPart extends NodeSectionPart {

    private static final String STEPS = NLS.bind(Messages.VolumeGeneralPart_steps, Sizes.ALLOCATION_UNIT_GIB);

    private final VolumeNode node;
    private final TrackedText name;
    private final TrackedText size;
    private final Label sizeRounding;
    private final Text type;
    private final Text pool;
    private final Text source;
    private final Text created;
    private final Text id;
    private String nameProblem;
    private String sizeProblem;

    VolumeGeneralPart(Composite parent, FormToolkit toolkit, VolumeNode node) {
        super(parent, toolkit, Messages.Part_general, Messages.VolumeGeneralPart_description);
        this.node = node;
        useFieldLayout();
        name = new TrackedText(field(toolkit, Messages.Field_name, "volumeEditor.name", SWT.SINGLE), this::fieldEdited);
        size = new TrackedText(field(toolkit, Messages.VolumeGeneralPart_size, "volumeEditor.size", SWT.SINGLE),
            this::fieldEdited);
        toolkit.createLabel(client(), "");
        sizeRounding = toolkit.createLabel(client(), STEPS);
        sizeRounding.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WidgetIds.set(sizeRounding, "volumeEditor.sizeRounding");
        type = readOnlyField(toolkit, Messages.VolumeGeneralPart_type, "volumeEditor.type");
        pool = readOnlyField(toolkit, Messages.VolumeGeneralPart_pool, "volumeEditor.pool");
        source = readOnlyField(toolkit, Messages.VolumeGeneralPart_source, "volumeEditor.source");
        created = readOnlyField(toolkit, Messages.VolumeGeneralPart_created, "volumeEditor.created");
        id = readOnlyField(toolkit, Messages.Field_id, "volumeEditor.id");
        done(toolkit);
    }

    @Override
    void showModel(boolean keepEdits) {
        ClusterModel model = node.model();
        Volume volume = model == null ? null : model.volume(node.id()).orElse(null);
        if (volume == null) {
            return;
        }
        name.show(volume.name(), keepEdits);
        size.show(Long.toString(currentGib(volume)), keepEdits);
        type.setText(Formats.volumeType(volume.volumeType()));
        pool.setText(model.pool(volume.storagePoolId()).map(p -> p.name() + model.protectionDomain(
            p.protectionDomainId()).map(pd -> NLS.bind(Messages.VolumeGeneralPart_domain, pd.name())).orElse(""))
            .orElse(Formats.text(volume.storagePoolId())));
        source.setText(volume.isSnapshot() ? model.volume(volume.ancestorVolumeId()).map(Volume::name)
            .orElse(Formats.text(volume.ancestorVolumeId())) : Formats.NONE);
        created.setText(Formats.dateTime(volume.created()));
        id.setText(volume.id());
        validate(model, volume);
    }

    private void fieldEdited() {
        ClusterModel model = node.model();
        Volume volume = model == null ? null : model.volume(node.id()).orElse(null);
        if (volume != null) {
            validate(model, volume);
        }
        edited();
    }

    private void validate(ClusterModel model, Volume volume) {
        nameProblem = name.isEdited() ? VolumeRules.nameProblem(name.value(), model, volume.id()) : null;
        sizeProblem = null;
        String rounding = STEPS;
        if (size.isEdited()) {
            try {
                long gib = VolumeRules.parseSizeGib(size.value());
                sizeProblem = VolumeRules.growProblem(currentGib(volume), gib);
                if (sizeProblem == null) {
                    rounding = NLS.bind(Messages.VolumeGeneralPart_rounding, VolumeRules.allocatedGib(gib),
                        Sizes.ALLOCATION_UNIT_GIB);
                }
            } catch (IllegalArgumentException e) {
                sizeProblem = e.getMessage();
            }
        }
        sizeRounding.setText(rounding);
        report("volumeEditor.name", nameProblem, name.control());
        report("volumeEditor.size", sizeProblem, size.control());
    }

    /** The new name, or {@code null} to keep the volume's. */
    String newName(Volume volume) {
        return name.isEdited() && !name.value().equals(volume.name()) ? name.value() : null;
    }

    /** The requested size in GiB, or {@code null} to keep the volume's. Call only when there is no problem. */
    Long newSizeGib(Volume volume) {
        if (!size.isEdited()) {
            return null;
        }
        long gib = VolumeRules.parseSizeGib(size.value());
        return VolumeRules.allocatedGib(gib) > currentGib(volume) ? gib : null;
    }

    private static long currentGib(Volume volume) {
        return Math.ceilDiv(volume.sizeInKb(), Sizes.KIB_PER_GIB);
    }

    @Override
    String problem() {
        return nameProblem != null ? nameProblem : sizeProblem;
    }

    @Override
    public boolean isDirty() {
        return name.isEdited() || size.isEdited();
    }

    @Override
    public void setFocus() {
        name.control().setFocus();
    }
}
