package io.arrowhead.ui.internal.mapping;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.MappingOptions;
import io.arrowhead.core.MappingRules;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.scaleio.client.AccessMode;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Asks which SDC to map volumes to and how: access mode, multiple mappings and optional QoS limits. Every change is
 * checked against {@link MappingRules}; the reason shows in the title area and Map stays disabled while there is
 * one. A drop opens it with the SDC it landed on already chosen.
 */
public final class MapToSdcDialog extends TitleAreaDialog {

    private final List<Sdc> sdcs;
    private final List<Volume> volumes;
    private final Sdc preset;
    private final MappingOptions defaults;
    private ComboViewer sdcChoice;
    private Button readWrite;
    private Button multiple;
    private Text iops;
    private Text bandwidth;
    private Choice choice;

    /** What was chosen. */
    public record Choice(Sdc sdc, MappingOptions options) {
    }

    /** @param presetOrNull the SDC chosen at first, such as the one a volume was dropped on */
    public MapToSdcDialog(Shell shell, ClusterModel model, List<Volume> volumes, Sdc presetOrNull) {
        super(shell);
        this.sdcs = model.sdcs();
        this.volumes = List.copyOf(volumes);
        this.preset = presetOrNull;
        this.defaults = MappingOptions.defaultsFor(volumes.getFirst());
    }

    /** The choice once the dialog was confirmed, else {@code null}. */
    public Choice choice() {
        return choice;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.MapToSdc_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.MapToSdc_title);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.MapToSdc_sdc);
        sdcChoice = DialogWidgets.sdcCombo(body, sdcs, "mapToSdc.sdc");
        new Label(body, SWT.NONE).setText(Messages.MapToSdc_access);
        Composite modes = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(modes);
        readWrite = DialogWidgets.button(modes, SWT.RADIO, Messages.MapToSdc_readWrite, "mapToSdc.readWrite");
        Button readOnly = DialogWidgets.button(modes, SWT.RADIO, Messages.MapToSdc_readOnly, "mapToSdc.readOnly");
        readWrite.setSelection(defaults.accessMode() == AccessMode.READ_WRITE);
        readOnly.setSelection(!readWrite.getSelection());
        new Label(body, SWT.NONE);
        multiple = DialogWidgets.button(body, SWT.CHECK, Messages.MapToSdc_multiple, "mapToSdc.multiple");
        iops = DialogWidgets.text(body, Messages.MapToSdc_iops, "mapToSdc.iops");
        bandwidth = DialogWidgets.text(body, Messages.MapToSdc_bandwidth, "mapToSdc.bandwidth");
        Sdc initial = preset != null ? preset : sdcs.isEmpty() ? null : sdcs.getFirst();
        if (initial != null) {
            sdcs.stream().filter(s -> s.id().equals(initial.id())).findFirst()
                .ifPresent(s -> sdcChoice.setSelection(new StructuredSelection(s)));
        }
        sdcChoice.addSelectionChangedListener(e -> validate());
        SelectionListener changed = SelectionListener.widgetSelectedAdapter(e -> validate());
        readWrite.addSelectionListener(changed);
        multiple.addSelectionListener(changed);
        iops.addModifyListener(e -> validate());
        bandwidth.addModifyListener(e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.MapToSdc_map, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    @Override
    protected void okPressed() {
        Choice current = current();
        if (current == null) {
            return;
        }
        choice = current;
        super.okPressed();
    }

    /** Shows the first problem of the current input, or the summary, and enables Map only without a problem. */
    private void validate() {
        String problem;
        Choice current = null;
        try {
            current = current();
            problem = current == null ? Messages.MapToSdc_noSdc : problemOf(current);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        setErrorMessage(problem);
        if (problem == null) {
            boolean connected = current.sdc().isConnected();
            String summary = volumes.size() == 1 ? NLS.bind(Messages.MapToSdc_oneVolume, volumes.getFirst().name())
                : NLS.bind(Messages.MapToSdc_volumes, volumes.size());
            setMessage(connected ? summary : NLS.bind(Messages.MapToSdc_disconnectedNote,
                ClusterModel.sdcLabel(current.sdc())), connected ? IMessageProvider.NONE : IMessageProvider.WARNING);
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    private String problemOf(Choice current) {
        for (Volume volume : volumes) {
            String problem = MappingRules.problem(volume, current.sdc(), current.options());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** The input as a choice; {@code null} without an SDC; IllegalArgumentException for a limit that is no number. */
    private Choice current() {
        Sdc sdc = (Sdc) sdcChoice.getStructuredSelection().getFirstElement();
        if (sdc == null) {
            return null;
        }
        long iopsLimit = VolumeRules.parseLimit(iops.getText(), Messages.MapToSdc_iopsWhat);
        long mibps = VolumeRules.parseLimit(bandwidth.getText(), Messages.MapToSdc_bandwidthWhat);
        AccessMode mode = readWrite.getSelection() ? AccessMode.READ_WRITE : AccessMode.READ_ONLY;
        return new Choice(sdc, new MappingOptions(mode, multiple.getSelection(), iopsLimit, mibps));
    }
}
