package io.arrowhead.ui.internal.wizards;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.WidgetIds;

/**
 * Where the new volume goes, its name, size and provisioning. {@link NewVolumeValidation} checks the values as they
 * are typed; the pool's free capacity is read in the background whenever the pool changes.
 */
public final class NewVolumePage extends WizardPage {

    private final List<GatewayConnection> gateways;
    private final NewVolumeTarget target;
    private GatewayConnection connection;
    private ComboViewer pools;
    private Text name;
    private Text size;
    private Button thin;
    private Label rounding;
    private Label capacityLine;
    private NewVolumeValidation validation;
    private PoolCapacityLoader capacityLoader;

    /** @param gateways the connected gateways, at least one */
    public NewVolumePage(List<GatewayConnection> gateways, NewVolumeTarget target) {
        super("newVolume");
        this.gateways = List.copyOf(gateways);
        this.target = target;
        setTitle(Messages.NewVolumePage_title);
        setDescription(Messages.NewVolumePage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        connection = gateways.contains(target.connection()) ? target.connection() : gateways.getFirst();
        if (gateways.size() > 1) {
            ComboViewer gatewayCombo = combo(body, Messages.NewVolumePage_gateway, "newVolume.gateway");
            gatewayCombo.setLabelProvider(LabelProvider.createTextProvider(o -> ((GatewayConnection) o).name()));
            gatewayCombo.setInput(gateways);
            gatewayCombo.setSelection(new StructuredSelection(connection));
            gatewayCombo.addSelectionChangedListener(e -> gatewayChanged(
                (GatewayConnection) e.getStructuredSelection().getFirstElement()));
        }
        pools = combo(body, Messages.NewVolumePage_pool, "newVolume.pool");
        pools.setLabelProvider(LabelProvider.createTextProvider(o -> ((PoolChoice) o).label()));
        pools.addSelectionChangedListener(e -> poolChanged());
        name = text(body, Messages.NewVolumePage_name, "newVolume.name");
        size = text(body, Messages.NewVolumePage_size, "newVolume.size");
        size.setText(Long.toString(ConsolePreferences.defaultVolumeSizeGib()));
        new Label(body, SWT.NONE);
        rounding = WidgetIds.set(new Label(body, SWT.NONE), "newVolume.rounding");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rounding);
        new Label(body, SWT.NONE).setText(Messages.NewVolumePage_provisioning);
        Composite types = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(types);
        thin = radio(types, Messages.NewVolumePage_thin, "newVolume.thin");
        Button thick = radio(types, Messages.NewVolumePage_thick, "newVolume.thick");
        boolean thickDefault = ConsolePreferences.defaultVolumeType() == VolumeType.THICK_PROVISIONED;
        thin.setSelection(!thickDefault);
        thick.setSelection(thickDefault);
        capacityLine = WidgetIds.set(new Label(body, SWT.WRAP), "newVolume.capacity");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).indent(0, 8)
            .applyTo(capacityLine);
        validation = new NewVolumeValidation(this, rounding, capacityLine);
        capacityLoader = new PoolCapacityLoader(body, validation::capacityLoaded);
        name.addModifyListener(e -> validation.changed());
        size.addModifyListener(e -> validation.changed());
        thin.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> validation.changed()));
        setControl(body);
        gatewayChanged(connection);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            name.setFocus();
        }
    }

    public GatewayConnection connection() {
        return connection;
    }

    /** The chosen pool's id, or {@code null}. */
    public String poolId() {
        Object choice = pools.getStructuredSelection().getFirstElement();
        return choice instanceof PoolChoice pool ? pool.poolId() : null;
    }

    public String volumeName() {
        return name.getText();
    }

    public String sizeText() {
        return size.getText();
    }

    public VolumeType volumeType() {
        return thin.getSelection() ? VolumeType.THIN_PROVISIONED : VolumeType.THICK_PROVISIONED;
    }

    boolean hasPools() {
        return pools.getCombo().getItemCount() > 0;
    }

    private void gatewayChanged(GatewayConnection newConnection) {
        connection = newConnection;
        List<PoolChoice> choices = PoolChoice.all(connection.model());
        pools.setInput(choices);
        String preferred = connection == target.connection() ? target.poolId() : null;
        choices.stream().filter(c -> c.poolId().equals(preferred)).findFirst()
            .or(() -> choices.stream().findFirst())
            .ifPresentOrElse(c -> pools.setSelection(new StructuredSelection(c)), this::poolChanged);
    }

    private void poolChanged() {
        String poolId = poolId();
        validation.poolChanged(poolId != null);
        if (poolId != null) {
            capacityLoader.load(connection, poolId);
        } else {
            capacityLoader.cancel();
        }
    }

    private static ComboViewer combo(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        WidgetIds.set(viewer.getCombo(), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(viewer.getControl());
        return viewer;
    }

    private static Text text(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = WidgetIds.set(new Text(parent, SWT.BORDER), id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    private static Button radio(Composite parent, String label, String id) {
        Button button = WidgetIds.set(new Button(parent, SWT.RADIO), id);
        button.setText(label);
        return button;
    }
}
