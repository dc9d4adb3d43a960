package io.arrowhead.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.scaleio.client.model.VolumeType;
import io.arrowhead.ui.WidgetIds;

/**
 * The console's preferences, kept in the core's instance scope where {@link ConsolePreferences} reads them. Their
 * defaults come from the core's preference initializer, so "Restore Defaults" agrees with what the core uses.
 */
public final class ConsolePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "io.arrowhead.ui.preferences.console";

    public ConsolePreferencePage() {
        super(GRID);
        setDescription(Messages.ConsolePreferencePage_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // The store is made in doGetPreferenceStore.
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, ConsolePreferences.NODE);
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        RefreshIntervalFieldEditor interval = new RefreshIntervalFieldEditor(parent);
        WidgetIds.set(interval.getTextControl(parent), "preferences.refreshInterval");
        addField(interval);

        RadioGroupFieldEditor provisioning = new RadioGroupFieldEditor(ConsolePreferences.DEFAULT_VOLUME_TYPE,
            Messages.ConsolePreferencePage_provisioning, 1, new String[][] {
                {Messages.ConsolePreferencePage_thin, VolumeType.THIN_PROVISIONED.name()},
                {Messages.ConsolePreferencePage_thick, VolumeType.THICK_PROVISIONED.name()}},
            parent, true);
        Composite radios = provisioning.getRadioBoxControl(parent);
        String[] ids = {"preferences.thin", "preferences.thick"};
        Control[] buttons = radios.getChildren();
        for (int i = 0; i < Math.min(ids.length, buttons.length); i++) {
            if (buttons[i] instanceof Button button) {
                WidgetIds.set(button, ids[i]);
            }
        }
        addField(provisioning);

        VolumeSizeFieldEditor size = new VolumeSizeFieldEditor(parent);
        WidgetIds.set(size.getTextControl(parent), "preferences.defaultVolumeSize");
        addField(size);

        BooleanFieldEditor confirm = new BooleanFieldEditor(ConsolePreferences.CONFIRM_DELETE,
            Messages.ConsolePreferencePage_confirmDelete, parent);
        WidgetIds.set(confirm.getDescriptionControl(parent), "preferences.confirmDelete");
        addField(confirm);
    }
}
