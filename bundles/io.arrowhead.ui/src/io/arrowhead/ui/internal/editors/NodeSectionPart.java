package io.arrowhead.ui.internal.editors;

import org.eclipse.jface.dialogs.IMessageProvider;
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
        IMessageManager messages = getManagedForm().getMessageManager();
        if (problem == null) {
            messages.removeMessage(key, control);
        } else {
            messages.addMessage(key, problem, null, IMessageProvider.ERROR, control);
        }
    }

    /** Lays out the client as label and field pairs. */
    protected void useFieldLayout() {
        client.setLayout(new GridLayout(2, false));
    }

    /** A labelled text field in a two-column client. */
    protected Text field(FormToolkit toolkit, String label, String widgetId, int style) {
        toolkit.createLabel(client, label);
        Text text = toolkit.createText(client, "", style);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WidgetIds.set(text, widgetId);
        return text;
    }

    /** A labelled value the user can select and copy but not change. */
    protected Text readOnlyField(FormToolkit toolkit, String label, String widgetId) {
        return field(toolkit, label, widgetId, SWT.READ_ONLY);
    }

    /** Finishes the client once its widgets are in place. */
    protected void done(FormToolkit toolkit) {
        toolkit.paintBordersFor(client);
    }
}
