package io.arrowhead.ui.internal.preferences;

import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.VolumeRules;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.AccessibleNames;

/**
 * Adds or edits one storage profile. Every field is checked as it is typed, by the rules the core saves with; the
 * first problem shows in the title area and OK stays disabled while there is one. Pools are typed rather than chosen,
 * so that profiles can be set up without a connected gateway.
 */
final class StorageProfileDialog extends TitleAreaDialog {

    private final StorageProfile initial;
    private final Function<StorageProfile, String> problems;
    private Text name;
    private Text domain;
    private Button anyPool;
    private Text pool;
    private Combo provisioning;
    private Text size;
    private Text iops;
    private Text bandwidth;
    private Combo filesystem;
    private StorageProfile result;

    /**
     * @param initialOrNull the profile to edit, or null to add one
     * @param problems the problem of a complete profile among the others (such as a taken name), or null
     */
    StorageProfileDialog(Shell shell, StorageProfile initialOrNull, Function<StorageProfile, String> problems) {
        super(shell);
        this.initial = initialOrNull;
        this.problems = problems;
    }

    /** The profile once OK was pressed, else null. */
    StorageProfile result() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
    }

    private String title() {
        return initial == null ? Messages.StorageProfileDialog_addTitle : Messages.StorageProfileDialog_editTitle;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title());
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        name = text(body, Messages.StorageProfileDialog_name, "profile.name");
        domain = text(body, Messages.StorageProfileDialog_domain, "profile.domain");
        new Label(body, SWT.NONE);
        anyPool = WidgetIds.set(new Button(body, SWT.CHECK), "profile.anyPool");
        anyPool.setText(Messages.StorageProfileDialog_anyPool);
        pool = text(body, Messages.StorageProfileDialog_pool, "profile.pool");
        provisioning = combo(body, Messages.StorageProfileDialog_provisioning, "profile.provisioning",
            Messages.StorageProfileDialog_thin, Messages.StorageProfileDialog_thick);
        size = text(body, Messages.StorageProfileDialog_size, "profile.size");
        iops = text(body, Messages.StorageProfileDialog_iops, "profile.iops");
        bandwidth = text(body, Messages.StorageProfileDialog_bandwidth, "profile.bandwidth");
        filesystem = combo(body, Messages.StorageProfileDialog_filesystem, "profile.filesystem",
            FilesystemType.EXT4.toolName(), FilesystemType.XFS.toolName());
        fill(initial != null ? initial : new StorageProfile("", "", null, VolumeType.THIN_PROVISIONED, 16, 0, 0,
            FilesystemType.EXT4));
        for (Text field : new Text[] {name, domain, pool, size, iops, bandwidth}) {
            field.addModifyListener(e -> validate());
        }
        SelectionListener changed = SelectionListener.widgetSelectedAdapter(e -> validate());
        anyPool.addSelectionListener(changed);
        provisioning.addSelectionListener(changed);
        filesystem.addSelectionListener(changed);
        return area;
    }

    private void fill(StorageProfile profile) {
        name.setText(profile.name());
        domain.setText(profile.protectionDomain());
        anyPool.setSelection(profile.pool() == null);
        pool.setText(profile.pool() == null ? "" : profile.pool());
        provisioning.select(profile.provisioning() == VolumeType.THICK_PROVISIONED ? 1 : 0);
        size.setText(Long.toString(profile.defaultSizeGib()));
        iops.setText(Long.toString(profile.iopsLimit()));
        bandwidth.setText(Long.toString(profile.bandwidthMibps()));
        filesystem.select(profile.filesystem() == FilesystemType.XFS ? 1 : 0);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    @Override
    protected void okPressed() {
        try {
            StorageProfile current = current();
            if (problems.apply(current) == null) {
                result = current;
                super.okPressed();
            }
        } catch (IllegalArgumentException e) {
            validate();
        }
    }

    private void validate() {
        pool.setEnabled(!anyPool.getSelection());
        String problem;
        try {
            problem = problems.apply(current());
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        setErrorMessage(problem);
        if (problem == null) {
            setMessage(Messages.StorageProfileDialog_message);
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    /** The fields as a profile; IllegalArgumentException says which number cannot be read. */
    private StorageProfile current() {
        long sizeGib = VolumeRules.parseSizeGib(size.getText());
        long iopsLimit = VolumeRules.parseLimit(iops.getText(), Messages.StorageProfileDialog_iopsWhat);
        long mibps = VolumeRules.parseLimit(bandwidth.getText(), Messages.StorageProfileDialog_bandwidthWhat);
        String poolName = anyPool.getSelection() ? null : pool.getText().strip();
        if (poolName != null && poolName.isEmpty()) {
            throw new IllegalArgumentException(Messages.StorageProfileDialog_noPool);
        }
        return new StorageProfile(name.getText(), domain.getText().strip(), poolName,
            provisioning.getSelectionIndex() == 1 ? VolumeType.THICK_PROVISIONED : VolumeType.THIN_PROVISIONED,
            sizeGib, iopsLimit, mibps, filesystem.getSelectionIndex() == 1 ? FilesystemType.XFS : FilesystemType.EXT4);
    }

    private static Text text(Composite parent, String label, String id) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(label);
        Text text = WidgetIds.set(new Text(parent, SWT.BORDER), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        AccessibleNames.labelledBy(text, caption);
        return text;
    }

    private static Combo combo(Composite parent, String label, String id, String... items) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(label);
        Combo combo = WidgetIds.set(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        combo.setItems(items);
        AccessibleNames.labelledBy(combo, caption);
        return combo;
    }
}
