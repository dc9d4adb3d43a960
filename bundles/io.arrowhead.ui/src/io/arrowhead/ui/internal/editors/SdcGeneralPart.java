package io.arrowhead.ui.internal.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.arrowhead.core.VolumeRules;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.ui.internal.Formats;
import io.arrowhead.ui.model.SdcNode;

/** The SDC's name, which the user may change, and what the MDM knows of its host. */
final class SdcGeneralPart extends NodeSectionPart {

    private final SdcNode node;
    private final TrackedText name;
    private final Text guid;
    private final Text ips;
    private final Text state;
    private final Text version;
    private final Text os;
    private final Text id;
    private String nameProblem;

    SdcGeneralPart(Composite parent, FormToolkit toolkit, SdcNode node) {
        super(parent, toolkit, Messages.Part_general, Messages.SdcGeneralPart_description);
        this.node = node;
        useFieldLayout();
        name = new TrackedText(field(toolkit, Messages.Field_name, "sdcEditor.name", SWT.SINGLE), this::nameEdited);
        guid = readOnlyField(toolkit, Messages.SdcGeneralPart_guid, "sdcEditor.guid");
        ips = readOnlyField(toolkit, Messages.SdcGeneralPart_ips, "sdcEditor.ips");
        state = readOnlyField(toolkit, Messages.SdcGeneralPart_state, "sdcEditor.state");
        version = readOnlyField(toolkit, Messages.SdcGeneralPart_version, "sdcEditor.version");
        os = readOnlyField(toolkit, Messages.SdcGeneralPart_os, "sdcEditor.os");
        id = readOnlyField(toolkit, Messages.Field_id, "sdcEditor.id");
        done(toolkit);
    }

    @Override
    void showModel(boolean keepEdits) {
        Sdc sdc = node.sdc().orElse(null);
        if (sdc == null) {
            return;
        }
        name.show(sdc.name(), keepEdits);
        guid.setText(Formats.text(sdc.sdcGuid()));
        ips.setText(Formats.sdcIps(sdc));
        state.setText(Formats.sdcState(sdc));
        version.setText(Formats.sdcVersion(sdc));
        os.setText(Formats.sdcOs(sdc));
        id.setText(sdc.id());
        validate();
    }

    private void nameEdited() {
        validate();
        edited();
    }

    private void validate() {
        nameProblem = name.isEdited() ? VolumeRules.objectNameProblem(name.value()) : null;
        report("sdcEditor.name", nameProblem, name.control());
    }

    /** The new name, or {@code null} to keep the SDC's. */
    String newName(Sdc sdc) {
        return name.isEdited() && !name.value().equals(sdc.name()) ? name.value() : null;
    }

    @Override
    String problem() {
        return nameProblem;
    }

    @Override
    public boolean isDirty() {
        return name.isEdited();
    }

    @Override
    public void setFocus() {
        name.control().setFocus();
    }
}
