package io.arrowhead.ui.internal.properties;

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
 * The Capacity tab. A volume's figures come from the model; those of the system, protection domains, pools, SDSs
 * and devices from their statistics, with a bar of the share in use. Raw figures count both mirror copies.
 */
public final class CapacitySection extends AbstractStatisticsSection {

    private UsageBar bar;
    private Label usage;

    @Override
    protected String widgetId() {
        return "properties.capacity";
    }

    @Override
    protected StatisticsTarget statisticsTarget(Object element) {
        return element instanceof VolumeNode ? null : super.statisticsTarget(element);
    }

    @Override
    protected void createFooter(Composite parent) {
        bar = new UsageBar(parent);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        usage = getWidgetFactory().createLabel(parent, "");
        usage.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WidgetIds.set(usage, "properties.capacity.usage");
    }

    @Override
    protected void addRows(Object element, Statistics statistics, Rows rows) {
        if (element instanceof VolumeNode node && node.model() instanceof ClusterModel model) {
            model.volume(node.id()).ifPresent(volume -> addVolume(volume, rows));
            return;
        }
        if (element instanceof DeviceNode node && node.model() instanceof ClusterModel model) {
            model.device(node.id()).ifPresent(device -> rows
                .add("Capacity limit", Formats.kib(device.capacityLimitInKb()))
                .add("Maximum capacity", Formats.kib(device.maxCapacityInKb())));
        }
        if (statistics == null) {
            return;
        }
        Capacity capacity = statistics.capacity();
        // the net figures follow from mirroring across SDSs, so they mean something only for a whole pool or more
        boolean mirrored = !(element instanceof DeviceNode || element instanceof SdsNode);
        rows.addIfPresent("Total (raw)", kib(capacity.maxCapacityInKb()))
            .addIfPresent("Usable (net)", mirrored ? kib(capacity.usableInKb()) : null)
            .addIfPresent("In use (raw)", kib(capacity.capacityInUseInKb()))
            .addIfPresent("Available for new volumes (net)", kib(capacity.capacityAvailableForVolumeAllocationInKb()))
            .addIfPresent("Thin allocated (raw)", kib(capacity.thinCapacityAllocatedInKb()))
            .addIfPresent("Thick in use (raw)", kib(capacity.thickCapacityInUseInKb()))
            .addIfPresent("Thin in use (raw)", kib(capacity.thinCapacityInUseInKb()))
            .addIfPresent("Snapshots in use (raw)", kib(capacity.snapCapacityInUseOccupiedInKb()))
            .addIfPresent("Spare (raw)", kib(capacity.spareCapacityInKb()))
            .addIfPresent("Unused (raw)", kib(capacity.unusedCapacityInKb()));
    }

    private static void addVolume(Volume volume, Rows rows) {
        rows.add("Size", Formats.kib(volume.sizeInKb()))
            .add("Allocation unit", Sizes.ALLOCATION_UNIT_GIB + " GiB; sizes round up to a multiple")
            .add("Provisioning", switch (volume.volumeType()) {
                case THICK_PROVISIONED -> "thick: the whole size is reserved in the pool";
                case THIN_PROVISIONED -> "thin: pool space is taken as data is written";
                case SNAPSHOT -> "snapshot: shares unchanged data with its source";
                default -> Formats.NONE;
            });
        if (volume.volumeType() == VolumeType.THICK_PROVISIONED) {
            rows.add("Reserved (raw, both copies)", Units.formatKib(2 * volume.sizeInKb()));
        }
    }

    @Override
    protected void showExtras(Object element, Statistics statistics) {
        Long used = null;
        Long total = null;
        if (statistics != null) {
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
            usage.setText(String.format(Locale.ROOT, "%s of %s in use (%.0f %%)", Units.formatKib(used),
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
