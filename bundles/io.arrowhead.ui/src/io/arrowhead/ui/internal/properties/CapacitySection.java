package io.arrowhead.ui.internal.properties;

import org.eclipse.osgi.util.NLS;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.Units;
import io.arrowhead.scaleio.client.Capacity;
import io.arrowhead.scaleio.client.Sizes;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.model.DeviceNode;
import io.arrowhead.ui.model.SdsNode;
import io.arrowhead.ui.model.VolumeNode;
import io.arrowhead.ui.internal.StatisticsTarget;
import io.arrowhead.ui.internal.Formats;

/**
 * The Capacity tab. A volume's figures come from the model, and for a thin volume the data it holds from its
 * VTree's statistics; those of the system, protection domains, pools, SDSs and devices from their statistics. A bar
 * above the figures shows the share in use. Raw figures count both mirror copies.
 */
public final class CapacitySection extends AbstractStatisticsSection {

    /** The net (one copy) data of a VTree's base volume: what a thin volume has allocated in its pool. */
    private static final String THIN_ALLOCATED = "baseNetCapacityInUseInKb";

    private UsageBar bar;
    private Label usage;

    @Override
    protected String widgetId() {
        return "properties.capacity";
    }

    @Override
    protected StatisticsTarget statisticsTarget(Object element) {
        if (element instanceof VolumeNode node) {
            return StatisticsTarget.ofThinVolume(node).orElse(null);
        }
        return super.statisticsTarget(element);
    }

    /** The bar goes above the table, so that it is in view however many figures follow. */
    @Override
    protected void createHeader(Composite parent) {
        super.createHeader(parent);
        bar = new UsageBar(parent);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        usage = getWidgetFactory().createLabel(parent, "");
        usage.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WidgetIds.set(usage, "properties.capacity.usage");
    }

    @Override
    protected void addRows(Object element, Statistics statistics, Rows rows) {
        if (element instanceof VolumeNode node && node.model() instanceof ClusterModel model) {
            model.volume(node.id()).ifPresent(volume -> addVolume(volume, statistics, rows));
            return;
        }
        if (element instanceof DeviceNode node && node.model() instanceof ClusterModel model) {
            model.device(node.id()).ifPresent(device -> rows
                .add(Messages.Text_capacityLimit, Formats.kib(device.capacityLimitInKb()))
                .add(Messages.Text_maximumCapacity, Formats.kib(device.maxCapacityInKb())));
        }
        if (statistics == null) {
            return;
        }
        Capacity capacity = statistics.capacity();
        // the net figures follow from mirroring across SDSs, so they mean something only for a whole pool or more
        boolean mirrored = !(element instanceof DeviceNode || element instanceof SdsNode);
        rows.addIfPresent(Messages.Text_totalRaw, kib(capacity.maxCapacityInKb()))
            .addIfPresent(Messages.Text_usableNet, mirrored ? kib(capacity.usableInKb()) : null)
            .addIfPresent(Messages.Text_inUseRaw, kib(capacity.capacityInUseInKb()))
            .addIfPresent(Messages.Text_availableForNewVolumesNet,
                kib(capacity.capacityAvailableForVolumeAllocationInKb()))
            .addIfPresent(Messages.Text_thinAllocatedRaw, kib(capacity.thinCapacityAllocatedInKb()))
            .addIfPresent(Messages.Text_thickInUseRaw, kib(capacity.thickCapacityInUseInKb()))
            .addIfPresent(Messages.Text_thinInUseRaw, kib(capacity.thinCapacityInUseInKb()))
            .addIfPresent(Messages.Text_snapshotsInUseRaw, kib(capacity.snapCapacityInUseOccupiedInKb()))
            .addIfPresent(Messages.Text_spareRaw, kib(capacity.spareCapacityInKb()))
            .addIfPresent(Messages.Text_unusedRaw, kib(capacity.unusedCapacityInKb()));
    }

    private static void addVolume(Volume volume, Statistics statistics, Rows rows) {
        rows.add(Messages.Text_size, Formats.kib(volume.sizeInKb()));
        if (volume.volumeType() == VolumeType.THIN_PROVISIONED) {
            rows.add(Messages.Text_allocatedNet, Formats.kib(statistics == null ? null
                : statistics.kib(THIN_ALLOCATED)));
        }
        rows.add(Messages.Text_allocationUnit, NLS.bind(Messages.Row_allocationUnitValue, Sizes.ALLOCATION_UNIT_GIB))
            .add(Messages.Text_provisioning, switch (volume.volumeType()) {
                case THICK_PROVISIONED -> Messages.Text_thickTheWholeSizeIsReservedIn;
                case THIN_PROVISIONED -> Messages.Text_thinPoolSpaceIsTakenAsData;
                case SNAPSHOT -> Messages.Text_snapshotSharesUnchangedDataWithItsSource;
                default -> Formats.NONE;
            });
        if (volume.volumeType() == VolumeType.THICK_PROVISIONED) {
            rows.add(Messages.Text_reservedRawBothCopies, Units.formatKib(2 * volume.sizeInKb()));
        }
    }

    @Override
    protected void showExtras(Object element, Statistics statistics) {
        Long used = null;
        Long total = null;
        String format = Messages.Capacity_usage;
        if (element instanceof VolumeNode node) {
            Volume volume = node.volume().orElse(null);
            if (statistics != null && volume != null) {
                used = statistics.kib(THIN_ALLOCATED);
                total = volume.sizeInKb();
                format = Messages.Capacity_allocated;
            }
        } else if (statistics != null) {
            Capacity capacity = statistics.capacity();
            used = capacity.capacityInUseInKb();
            total = element instanceof DeviceNode node ? deviceTotal(node, capacity) : spareless(capacity);
        }
        boolean known = used != null && total != null && total > 0;
        bar.setVisible(known);
        ((GridData) bar.getLayoutData()).exclude = !known;
        if (known) {
            double fraction = (double) used / total;
            bar.setFraction(fraction);
            usage.setText(String.format(Locale.ROOT, format, Units.formatKib(used),
                Units.formatKib(total), fraction * 100));
        } else {
            usage.setText("");
        }
        contentResized();
    }

    /** The raw space data can use: everything but the spare reserve. */
    private static Long spareless(Capacity capacity) {
        if (capacity.maxCapacityInKb() == null) {
            return null;
        }
        long spare = capacity.spareCapacityInKb() == null ? 0 : capacity.spareCapacityInKb();
        return capacity.maxCapacityInKb() - spare;
    }

    private static Long deviceTotal(DeviceNode node, Capacity capacity) {
        Long fromModel = node.device().map(Device::maxCapacityInKb).orElse(null);
        return fromModel != null ? fromModel : capacity.maxCapacityInKb();
    }

    private static String kib(Long kib) {
        return kib == null ? null : Units.formatKib(kib);
    }
}
