package io.arrowhead.ui.internal.editors;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.ui.forms.IFormPart;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.arrowhead.core.GatewayConnection;

/**
 * The one page of a {@link NodeFormEditor}: a form with a header for the object's title and messages, and the
 * editor's sections in two columns.
 */
final class NodeFormPage extends FormPage {

    /** Message keys of the header; field problems use their own keys. */
    static final String SAVE_KEY = "save";
    static final String JOB_KEY = "job";
    static final String CONNECTION_KEY = "connection";

    private final NodeFormEditor<?> editor;

    NodeFormPage(NodeFormEditor<?> editor) {
        super(editor, "overview", Messages.NodeFormPage_overview);
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), form);
        form.setImage(resources.create(editor.getEditorInput().getImageDescriptor()));
        GridLayout layout = new GridLayout(2, true);
        layout.horizontalSpacing = 12;
        layout.verticalSpacing = 12;
        form.getBody().setLayout(layout);
        editor.createSections(managedForm, form.getBody());
        editor.updateTitle();
        showConnectionState();
        showModel(false);
    }

    void updateTitle(String title) {
        // Setting a form's text lays the whole form out again, over 100 ms for a full editor; a model reload
        // usually leaves the title as it was.
        if (!isDisposed() && !title.equals(getManagedForm().getForm().getText())) {
            getManagedForm().getForm().setText(title);
        }
    }

    /**
     * Shows the model in every section. With {@code keepEdits}, values the user changed stay as typed; otherwise the
     * model replaces them, which also clears the dirty state.
     */
    void showModel(boolean keepEdits) {
        if (isDisposed() || editor.node().model() == null) {
            return;
        }
        for (IFormPart part : getManagedForm().getParts()) {
            if (part instanceof NodeSectionPart section) {
                section.showModel(keepEdits);
            }
        }
        getManagedForm().getForm().reflow(true);
        editor.editorDirtyStateChanged();
    }

    /** The first problem that prevents saving, or {@code null}. */
    String firstProblem() {
        for (IFormPart part : getManagedForm().getParts()) {
            if (part instanceof NodeSectionPart section && section.problem() != null) {
                return section.problem();
            }
        }
        return null;
    }

    /** Says in the header when the gateway cannot take changes, and why. */
    void showConnectionState() {
        GatewayConnection connection = editor.node().connection();
        if (connection.isConnected()) {
            removeMessage(CONNECTION_KEY);
        } else if (connection.lastError() != null) {
            showMessage(CONNECTION_KEY, NLS.bind(Messages.NodeFormPage_failed, connection.name(),
                connection.lastError()), IMessageProvider.WARNING);
        } else {
            showMessage(CONNECTION_KEY, NLS.bind(Messages.NodeFormPage_disconnected, connection.name()),
                IMessageProvider.WARNING);
        }
    }

    /** Locks the form while a save runs, so that nothing is typed that the save would not include. */
    void setBusy(boolean busy) {
        if (!isDisposed()) {
            ScrolledForm form = getManagedForm().getForm();
            form.setBusy(busy);
            form.getBody().setEnabled(!busy);
        }
    }

    void showMessage(String key, String message, int type) {
        if (!isDisposed()) {
            getManagedForm().getMessageManager().addMessage(key, message, null, type);
        }
    }

    void removeMessage(String key) {
        if (!isDisposed()) {
            getManagedForm().getMessageManager().removeMessage(key);
        }
    }

    private boolean isDisposed() {
        return getManagedForm() == null || getManagedForm().getForm().isDisposed();
    }
}
