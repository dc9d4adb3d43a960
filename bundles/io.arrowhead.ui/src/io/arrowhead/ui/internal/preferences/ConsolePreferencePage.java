package io.arrowhead.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
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

    private final List<String> validationMessages = new ArrayList<>();

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

        addField(secondsField(ConsolePreferences.REQUEST_TIMEOUT_SECONDS, Messages.ConsolePreferencePage_requestTimeout,
            Messages.ConsolePreferencePage_requestTimeoutRange, ConsolePreferences.MIN_REQUEST_TIMEOUT_SECONDS,
            ConsolePreferences.MAX_REQUEST_TIMEOUT_SECONDS, "preferences.requestTimeout"));
        addField(secondsField(ConsolePreferences.CLUSTER_LOAD_TIMEOUT_SECONDS,
            Messages.ConsolePreferencePage_clusterLoadTimeout, Messages.ConsolePreferencePage_clusterLoadTimeoutRange,
            ConsolePreferences.MIN_CLUSTER_LOAD_TIMEOUT_SECONDS, ConsolePreferences.MAX_CLUSTER_LOAD_TIMEOUT_SECONDS,
            "preferences.clusterLoadTimeout"));
        addField(secondsField(ConsolePreferences.STATISTICS_INTERVAL_SECONDS,
            Messages.ConsolePreferencePage_statisticsInterval, Messages.ConsolePreferencePage_statisticsIntervalRange,
            ConsolePreferences.MIN_STATISTICS_INTERVAL_SECONDS, ConsolePreferences.MAX_STATISTICS_INTERVAL_SECONDS,
            "preferences.statisticsInterval"));

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

        BooleanFieldEditor reconnect = new BooleanFieldEditor(ConsolePreferences.RECONNECT_AT_START,
            Messages.ConsolePreferencePage_reconnectAtStart, parent);
        WidgetIds.set(reconnect.getDescriptionControl(parent), "preferences.reconnectAtStart");
        addField(reconnect);
    }

    private IntegerFieldEditor secondsField(String key, String label, String range, int min, int max, String id) {
        IntegerFieldEditor field = new IntegerFieldEditor(key, label, getFieldEditorParent(), 4);
        field.setValidRange(min, max);
        field.setErrorMessage(NLS.bind(range, min, max));
        WidgetIds.set(field.getTextControl(getFieldEditorParent()), id);
        return field;
    }

    /** Every text field's validation message, so that the page can be wide enough to show them whole. */
    @Override
    protected void addField(FieldEditor editor) {
        super.addField(editor);
        if (editor instanceof StringFieldEditor text) {
            validationMessages.add(text.getErrorMessage());
        }
    }

    @Override
    protected Point doComputeSize() {
        Point size = super.doComputeSize();
        return new Point(Math.max(size.x, MessageWidth.needed(getControl(), validationMessages)), size.y);
    }
}
