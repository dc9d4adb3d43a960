package io.arrowhead.ui.internal.preferences;

import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.WidgetIds;

/** The table of storage profiles: one row a profile, a column per setting. */
final class StorageProfilesTable {

    private StorageProfilesTable() {
    }

    static TableViewer create(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        WidgetIds.set(viewer.getTable(), "profiles.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 200).applyTo(viewer.getControl());
        column(viewer, Messages.StorageProfilesPage_name, 90, StorageProfile::name);
        column(viewer, Messages.StorageProfilesPage_placement, 150, StorageProfilesTable::placement);
        column(viewer, Messages.StorageProfilesPage_provisioning, 60, p -> p.provisioning()
            == VolumeType.THICK_PROVISIONED ? Messages.StorageProfilesPage_thick : Messages.StorageProfilesPage_thin);
        column(viewer, Messages.StorageProfilesPage_size, 60, p -> NLS.bind(Messages.StorageProfilesPage_gib,
            p.defaultSizeGib()));
        column(viewer, Messages.StorageProfilesPage_iops, 60, p -> p.iopsLimit() == 0
            ? Messages.StorageProfilesPage_unlimited : Long.toString(p.iopsLimit()));
        column(viewer, Messages.StorageProfilesPage_bandwidth, 80, p -> p.bandwidthMibps() == 0
            ? Messages.StorageProfilesPage_unlimited : NLS.bind(Messages.StorageProfilesPage_mibps,
                p.bandwidthMibps()));
        column(viewer, Messages.StorageProfilesPage_filesystem, 60, p -> p.filesystem().toolName());
        return viewer;
    }

    /** "pd-01 / sp-ssd-01", or "pd-01 / any pool with room". */
    static String placement(StorageProfile profile) {
        return NLS.bind(Messages.StorageProfilesPage_poolOf, profile.protectionDomain(),
            profile.pool() == null ? Messages.StorageProfilesPage_anyPool : profile.pool());
    }

    private static void column(TableViewer viewer, String title, int width, Function<StorageProfile, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((StorageProfile) o)));
    }
}
