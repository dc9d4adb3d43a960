package io.arrowhead.ui.internal.preferences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.core.hosts.StorageProfiles;
import io.arrowhead.ui.WidgetIds;

/**
 * Window &gt; Preferences &gt; Arrowhead &gt; Storage Profiles: the profiles New Docker Volume and attaching offer.
 * Changes are made to a copy and saved by Apply; Cancel leaves the saved profiles as they were.
 */
public final class StorageProfilesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** A profile on the page and the name it was saved under, null until saved. */
    private record Row(String savedName, StorageProfile profile) {
    }

    private final StorageProfiles profiles;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private TableViewer table;
    private Button edit;
    private Button remove;

    public StorageProfilesPreferencePage() {
        this(ArrowheadCore.storageProfiles());
    }

    StorageProfilesPreferencePage(StorageProfiles profiles) {
        this.profiles = profiles;
        setDescription(Messages.StorageProfilesPage_description);
        noDefaultAndApplyButton();
    }

    @Override
    public void init(IWorkbench workbench) {
        profiles.all().forEach(profile -> rows.add(new Row(profile.name(), profile)));
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
        table = StorageProfilesTable.create(body);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(rows.stream().map(Row::profile).toList());
        Composite buttons = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        Button add = button(buttons, Messages.StorageProfilesPage_add, "profiles.add");
        edit = button(buttons, Messages.StorageProfilesPage_edit, "profiles.edit");
        remove = button(buttons, Messages.StorageProfilesPage_remove, "profiles.remove");
        add.addListener(SWT.Selection, e -> edit(null));
        edit.addListener(SWT.Selection, e -> edit(selected()));
        remove.addListener(SWT.Selection, e -> remove(selected()));
        table.addOpenListener(e -> edit(selected())); // double-click or Enter
        table.addSelectionChangedListener(e -> updateButtons());
        updateButtons();
        return body;
    }

    @Override
    public boolean performOk() {
        try {
            // Removals and renames first, so that a name given up by one profile can be taken by another.
            for (String name : removed) {
                profiles.remove(name);
            }
            for (Row row : rows) {
                if (row.savedName() != null && !row.savedName().equals(row.profile().name())) {
                    profiles.remove(row.savedName());
                }
            }
            for (Row row : rows) {
                if (profiles.find(row.profile().name()).filter(row.profile()::equals).isPresent()) {
                    continue; // saved as it is
                }
                profiles.replace(profiles.find(row.profile().name()).map(StorageProfile::name).orElse(null),
                    row.profile());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
        rows.replaceAll(row -> new Row(row.profile().name(), row.profile()));
        removed.clear();
        return true;
    }

    private void edit(Row row) {
        StorageProfileDialog dialog = new StorageProfileDialog(getShell(), row == null ? null : row.profile(),
            profile -> problem(profile, row));
        if (dialog.open() != Window.OK) {
            return;
        }
        Row changed = new Row(row == null ? null : row.savedName(), dialog.result());
        if (row == null) {
            rows.add(changed);
        } else {
            rows.set(rows.indexOf(row), changed);
        }
        refresh(changed.profile());
    }

    private void remove(Row row) {
        if (row == null) {
            return;
        }
        rows.remove(row);
        if (row.savedName() != null) {
            removed.add(row.savedName());
        }
        refresh(null);
    }

    /** The core's rules, with the names on this page (not the saved ones) counting as taken. */
    private String problem(StorageProfile profile, Row editing) {
        String problem = StorageProfiles.valueProblem(profile);
        if (problem != null) {
            return problem;
        }
        boolean taken = rows.stream().filter(row -> row != editing)
            .anyMatch(row -> row.profile().name().equalsIgnoreCase(profile.name()));
        return taken ? NLS.bind(Messages.StorageProfilesPage_taken, profile.name()) : null;
    }

    private void refresh(StorageProfile select) {
        rows.sort(Comparator.comparing(row -> row.profile().name(), String.CASE_INSENSITIVE_ORDER));
        table.setInput(rows.stream().map(Row::profile).toList());
        table.setSelection(select == null ? StructuredSelection.EMPTY : new StructuredSelection(select), true);
        updateButtons();
    }

    private Row selected() {
        Object profile = table.getStructuredSelection().getFirstElement();
        return rows.stream().filter(row -> row.profile() == profile).findFirst().orElse(null);
    }

    private void updateButtons() {
        boolean one = table.getStructuredSelection().size() == 1;
        edit.setEnabled(one);
        remove.setEnabled(one);
    }

    private static Button button(Composite parent, String label, String id) {
        Button button = WidgetIds.set(new Button(parent, SWT.PUSH), id);
        button.setText(label);
        GridDataFactory.fillDefaults().applyTo(button);
        return button;
    }
}
