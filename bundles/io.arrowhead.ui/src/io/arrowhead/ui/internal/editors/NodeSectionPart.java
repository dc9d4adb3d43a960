package io.arrowhead.ui.internal.editors;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.arrowhead.ui.WidgetIds;

/**
 * A section of a {@link NodeFormEditor}. It shows the edited object from the gateway's current model and knows
 * whether the user changed it: a part is dirty while its widgets differ from what it last showed.
 */
abstract class NodeSectionPart extends SectionPart {

    private final Composite client;
    private final Map<Control, ControlDecoration> markers = new HashMap<>();

    NodeSectionPart(Composite parent, FormToolkit toolkit, String title, String description) {
        super(parent, toolkit, Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
        Section section = getSection();
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        client = toolkit.createComposite(section);
        section.setClient(client);
    }

    protected Composite client() {
        return client;
    }

    /** Shows the model; with {@code keepEdits}, values the user changed stay as typed. */
    abstract void showModel(boolean keepEdits);

    /** The problem that prevents saving this section's edits, or {@code null}. */
    String problem() {
        return null;
    }

    @Override
    public abstract boolean isDirty();

    @Override
    public void refresh() {
        super.refresh();
        showModel(false);
    }

    /** Tells the editor that the user changed something, so it updates its dirty state. */
    protected void edited() {
        getManagedForm().getMessageManager().removeMessage(NodeFormPage.SAVE_KEY);
        getManagedForm().dirtyStateChanged();
    }

    /** Shows a field's problem next to it and in the header, or removes it when {@code problem} is null. */
    protected void report(String key, String problem, Control control) {
        // The header gets the message without its control: the message manager shows a control's message only as
        // "1 error detected", so the field is marked here instead.
        IMessageManager messages = getManagedForm().getMessageManager();
        ControlDecoration marker = markers.computeIfAbsent(control, NodeSectionPart::errorMarker);
        if (problem == null) {
            messages.removeMessage(key);
            marker.hide();
        } else {
            messages.addMessage(key, problem, null, IMessageProvider.ERROR);
            marker.setDescriptionText(problem);
            marker.show();
        }
    }

    private static ControlDecoration errorMarker(Control control) {
        ControlDecoration marker = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        marker.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
            .getImage());
        marker.hide();
        return marker;
    }

    /** Lays out the client as label and field pairs. */
    protected void useFieldLayout() {
        GridLayout layout = new GridLayout(2, false);
        // room for the error marker left of a field
        layout.horizontalSpacing = 12;
        client.setLayout(layout);
    }

    /** A labelled text field in a two-column client. */
    protected Text field(FormToolkit toolkit, String label, String widgetId, int style) {
        toolkit.createLabel(client, label);
        Text text = toolkit.createText(client, "", style);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WidgetIds.set(text, widgetId);
        return text;
    }

    /** A labelled value the user can select and copy but not change; without a border, unlike an input field. */
    protected Text readOnlyField(FormToolkit toolkit, String label, String widgetId) {
        toolkit.createLabel(client, label);
        Text text = new Text(client, SWT.READ_ONLY | SWT.SINGLE);
        toolkit.adapt(text, false, false);
        text.setData(FormToolkit.KEY_DRAW_BORDER, Boolean.FALSE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WidgetIds.set(text, widgetId);
        return text;
    }

    /** Finishes the client once its widgets are in place. */
    protected void done(FormToolkit toolkit) {
        toolkit.paintBordersFor(client);
    }
}
