package io.arrowhead.ui.internal.profiles;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.hosts.DockerNames;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.AccessibleNames;

/**
 * Asks for a new Docker volume's name, storage profile and size, and, when several gateways are connected, which one
 * creates it. The size follows the profile's default when the profile changes. Create stays disabled while the name,
 * the size or the choices are not valid; the reason shows in the title area.
 */
final class NewDockerVolumeDialog extends TitleAreaDialog {

    /** What to create, once the dialog was confirmed. */
    record Choice(GatewayConnection gateway, String name, StorageProfile profile, long sizeGib) {
    }

    private final ManagedHost host;
    private final List<StorageProfile> profiles;
    private final List<GatewayConnection> gateways;
    private Text name;
    private Combo profile;
    private Text size;
    private Combo gateway;
    private Choice choice;

    /** @param gateways the connected gateways, the likeliest first */
    NewDockerVolumeDialog(Shell shell, ManagedHost host, List<StorageProfile> profiles,
        List<GatewayConnection> gateways) {
        super(shell);
        this.host = host;
        this.profiles = List.copyOf(profiles);
        this.gateways = List.copyOf(gateways);
    }

    Choice choice() {
        return choice;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.NewDockerVolume_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.NewDockerVolume_heading, host.name()));
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        name = WidgetIds.set(new Text(body, SWT.BORDER), "newDockerVolume.name");
        labelled(body, Messages.NewDockerVolume_name, name);
        profile = WidgetIds.set(new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN), "newDockerVolume.profile");
        labelled(body, Messages.NewDockerVolume_profile, profile);
        profiles.forEach(p -> profile.add(NLS.bind(Messages.NewDockerVolume_profileItem, p.name(),
            ProfileText.summary(p))));
        size = WidgetIds.set(new Text(body, SWT.BORDER), "newDockerVolume.size");
        labelled(body, Messages.NewDockerVolume_size, size);
        gateway = WidgetIds.set(new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN), "newDockerVolume.gateway");
        labelled(body, Messages.NewDockerVolume_gateway, gateway);
        gateways.forEach(g -> gateway.add(g.name()));
        gateway.setEnabled(gateways.size() > 1);
        if (!gateways.isEmpty()) {
            gateway.select(0);
        }
        if (!profiles.isEmpty()) {
            profile.select(0);
            size.setText(Long.toString(profiles.getFirst().defaultSizeGib()));
        }
        profile.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> {
            size.setText(Long.toString(profiles.get(profile.getSelectionIndex()).defaultSizeGib()));
            validate();
        }));
        gateway.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> validate()));
        name.addModifyListener(e -> validate());
        size.addModifyListener(e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.NewDockerVolume_create, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    @Override
    protected void okPressed() {
        try {
            if (problem() == null) {
                choice = current();
                super.okPressed();
            }
        } catch (IllegalArgumentException e) {
            validate();
        }
    }

    private void validate() {
        String problem;
        try {
            problem = problem();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        setErrorMessage(problem);
        if (problem == null) {
            Choice current = current();
            setMessage(NLS.bind(Messages.NewDockerVolume_summary, new Object[] {current.name(),
                current.profile().name(), current.gateway().name(), host.name()}));
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    /** The first problem of the input, or null; IllegalArgumentException for a size that cannot be read. */
    private String problem() {
        if (gateways.isEmpty()) {
            return Messages.NewDockerVolume_noGateway;
        }
        if (profiles.isEmpty()) {
            return Messages.NewDockerVolume_noProfile;
        }
        String text = name.getText();
        if (text.isEmpty()) {
            return Messages.NewDockerVolume_enterName;
        }
        if (!DockerNames.isVolumeName(text)) {
            return Messages.NewDockerVolume_dockerName;
        }
        String scaleIo = VolumeRules.objectNameProblem(text);
        if (scaleIo != null) {
            return scaleIo;
        }
        VolumeRules.parseSizeGib(size.getText());
        return null;
    }

    private Choice current() {
        return new Choice(gateways.get(Math.max(0, gateway.getSelectionIndex())), name.getText(),
            profiles.get(profile.getSelectionIndex()), VolumeRules.parseSizeGib(size.getText()));
    }

    /** Puts a label before the control (which was created first, so move it) and names the control after it. */
    private static void labelled(Composite parent, String text, Control control) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.moveAbove(control);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(control);
        AccessibleNames.labelledBy(control, label);
    }
}
