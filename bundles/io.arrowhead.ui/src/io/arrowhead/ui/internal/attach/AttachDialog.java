package io.arrowhead.ui.internal.attach;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.hosts.DockerNames;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.WidgetIds;

/**
 * Asks how to attach volumes to a Docker host: the Docker volume name (one volume; several keep their own names,
 * made valid for Docker), the filesystem a blank device gets, and an optional storage profile whose QoS limits the
 * new mapping gets. It says plainly that a device holding a filesystem
 * is never formatted. Attach stays disabled while the name is one Docker would refuse.
 */
public final class AttachDialog extends TitleAreaDialog {

    private final ManagedHost host;
    private final List<Volume> volumes;
    private Text name;
    private Button ext4;
    private Button xfs;
    private ComboViewer profile;
    private List<AttachOptions> options;

    public AttachDialog(Shell shell, ManagedHost host, List<Volume> volumes) {
        super(shell);
        this.host = host;
        this.volumes = List.copyOf(volumes);
    }

    /** One set of options per volume, in order, once confirmed; else {@code null}. */
    public List<AttachOptions> options() {
        return options;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Attach_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Attach_title);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        label(body, Messages.Attach_host);
        label(body, host.name()).setData(WidgetIds.KEY, "attach.host");
        if (volumes.size() == 1) {
            label(body, Messages.Attach_name);
            name = WidgetIds.set(new Text(body, SWT.BORDER), "attach.name");
            name.setText(DockerNaming.defaultName(volumes.getFirst().name()));
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(name);
            name.addModifyListener(e -> validate());
        } else {
            label(body, Messages.Attach_names);
            label(body, String.join(", ", volumes.stream().map(v -> DockerNaming.defaultName(v.name())).toList()))
                .setData(WidgetIds.KEY, "attach.names");
        }
        label(body, Messages.Attach_filesystem);
        Composite types = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(types);
        ext4 = radio(types, FilesystemType.EXT4, "attach.ext4");
        xfs = radio(types, FilesystemType.XFS, "attach.xfs");
        ext4.setSelection(true);
        profile = ProfileChoice.create(body, this::profileChosen);
        Label note = new Label(body, SWT.WRAP);
        note.setText(Messages.Attach_neverFormats);
        WidgetIds.set(note, "attach.neverFormats");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Attach_attach, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            return;
        }
        FilesystemType type = ext4.getSelection() ? FilesystemType.EXT4 : FilesystemType.XFS;
        StorageProfile chosenProfile = ProfileChoice.selected(profile);
        List<AttachOptions> chosen = new ArrayList<>();
        for (Volume volume : volumes) {
            String dockerName = name != null ? name.getText().strip() : DockerNaming.defaultName(volume.name());
            AttachOptions attach = new AttachOptions(dockerName, type, false, AttachOptions.DEFAULT_DEVICE_TIMEOUT);
            chosen.add(chosenProfile == null ? attach
                : attach.withLimits(chosenProfile.iopsLimit(), chosenProfile.bandwidthMibps()));
        }
        options = List.copyOf(chosen);
        super.okPressed();
    }

    /** A profile brings its filesystem; the user may still change it, and the profile's QoS goes to the mapping. */
    private void profileChosen(StorageProfile chosen) {
        if (chosen != null) {
            ext4.setSelection(chosen.filesystem() == FilesystemType.EXT4);
            xfs.setSelection(chosen.filesystem() == FilesystemType.XFS);
        }
    }

    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        if (problem == null) {
            setMessage(volumes.size() == 1 ? NLS.bind(Messages.Attach_message, volumes.getFirst().name(), host.name())
                : NLS.bind(Messages.Attach_messageSeveral, volumes.size(), host.name()));
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    /** Docker's own complaint about the name, or {@code null}. */
    private String problem() {
        if (name == null) {
            return null;
        }
        try {
            DockerNames.requireVolumeName(name.getText().strip());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static Button radio(Composite parent, FilesystemType type, String id) {
        Button button = WidgetIds.set(new Button(parent, SWT.RADIO), id);
        button.setText(type.toolName());
        return button;
    }
}
