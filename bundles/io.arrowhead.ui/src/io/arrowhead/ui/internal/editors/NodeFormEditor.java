package io.arrowhead.ui.internal.editors;

import java.util.EnumSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.progress.IProgressConstants;
import org.eclipse.ui.statushandlers.StatusManager;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ConnectionEvent;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.ui.internal.GatewayWatcher;
import io.arrowhead.ui.internal.performance.PerformancePage;
import io.arrowhead.ui.internal.performance.PerformanceSubject;
import io.arrowhead.ui.model.ClusterNode;

/**
 * A form editor on one cluster object. Saving runs as a {@link GatewayJob} while the form is locked; a failure shows
 * in the form's header and keeps the user's edits. The editor follows its gateway: a reload refreshes what the user
 * has not changed, and the editor closes when its object or gateway goes away. Its title names the gateway while
 * there is more than one, so it follows gateways being added and removed.
 */
public abstract class NodeFormEditor<N extends ClusterNode> extends FormEditor {

    private N node;
    private Display display;
    private NodeFormPage page;
    private GatewayWatcher watcher;
    private GatewayWatcher gateways;
    /** Owns the title image: a snapshot shows its own icon rather than the editor's. */
    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private boolean saving;
    private boolean disposed;

    /** The node of the input, or a {@link PartInitException} when the input is not for this editor. */
    protected abstract N nodeOf(IEditorInput input) throws PartInitException;

    /** Adds the editor's sections, each a {@link NodeSectionPart}, to the form. */
    protected abstract void createSections(IManagedForm form, Composite body);

    /** Whether the model still has the edited object. */
    protected abstract boolean exists(ClusterModel model);

    /** What the editor's Performance page charts, or {@code null} for no such page. */
    protected PerformanceSubject performanceSubject() {
        return null;
    }

    /** The job that applies the edits, or {@code null} when they match the model. Called only without problems. */
    protected abstract GatewayJob createSaveJob();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        node = nodeOf(input);
        ClusterModel model = node.model();
        if (model != null && !exists(model)) {
            String name = input instanceof NodeEditorInput<?> nodeInput ? nodeInput.objectName() : input.getName();
            throw new PartInitException(NLS.bind(Messages.NodeFormEditor_gone, name, node.connection().name()));
        }
        super.init(site, input);
        display = site.getShell().getDisplay();
        updateTitle();
        watcher = GatewayWatcher.start(display, () -> node.connection(), this::gatewayChanged);
        gateways = GatewayWatcher.startForAny(display,
            EnumSet.of(ConnectionEvent.Kind.ADDED, ConnectionEvent.Kind.REMOVED), this::updateTitle);
    }

    public N node() {
        return node;
    }

    @Override
    protected void addPages() {
        page = new NodeFormPage(this);
        try {
            addPage(page);
            PerformanceSubject performance = performanceSubject();
            if (performance != null) {
                addPage(new PerformancePage(this, performance, () -> ((NodeEditorInput<?>) getEditorInput())
                    .objectName()));
            }
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (saving) {
            monitor.setCanceled(true);
            return;
        }
        String problem = page.firstProblem();
        if (problem != null) {
            page.showMessage(NodeFormPage.SAVE_KEY, NLS.bind(Messages.NodeFormEditor_cannotSave, problem),
                IMessageProvider.ERROR);
            monitor.setCanceled(true);
            return;
        }
        GatewayJob job = createSaveJob();
        if (job == null) {
            page.showModel(false);
            return;
        }
        // the save returns at once; the job reports its outcome to the form, not the monitor
        run(job, Messages.NodeFormEditor_saveFailed, true, () -> page.showModel(false));
    }

    /**
     * Runs a job for this editor. Its failure shows in the form's header rather than in a dialog; its success runs
     * {@code onSuccess} on the UI thread. A saving job locks the form until it ends.
     */
    void run(GatewayJob job, String failurePrefix, boolean isSave, Runnable onSuccess) {
        page.removeMessage(NodeFormPage.JOB_KEY);
        page.removeMessage(NodeFormPage.SAVE_KEY);
        if (isSave) {
            saving = true;
            page.setBusy(true);
        }
        job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        job.addJobChangeListener(IJobChangeListener.onDone(event -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> jobDone(event.getResult(), failurePrefix, isSave, onSuccess));
            }
        }));
        job.schedule();
    }

    private void jobDone(IStatus status, String failurePrefix, boolean isSave, Runnable onSuccess) {
        boolean failed = status.getSeverity() == IStatus.ERROR;
        if (disposed) {
            if (failed) {
                // the editor was closed meanwhile; the user still has to learn that the change did not happen
                StatusManager.getManager().handle(Status.error(failurePrefix + status.getMessage(),
                    status.getException()), StatusManager.SHOW | StatusManager.LOG);
            }
            return;
        }
        if (isSave) {
            saving = false;
            page.setBusy(false);
        }
        if (status.isOK()) {
            onSuccess.run();
        } else {
            if (failed) {
                page.showMessage(NodeFormPage.JOB_KEY, failurePrefix + status.getMessage(), IMessageProvider.ERROR);
            }
            page.showModel(true);
        }
        updateTitle();
    }

    private void gatewayChanged() {
        ClusterModel model = node.model();
        boolean gatewayRemoved = !ArrowheadCore.connections().all().contains(node.connection());
        if (gatewayRemoved || model != null && !exists(model)) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        page.showConnectionState();
        if (!saving) {
            // while saving, the end of the save shows the reloaded model
            page.showModel(true);
            updateTitle();
        }
    }

    void updateTitle() {
        setPartName(getEditorInput().getName());
        setTitleImage(resources.create(getEditorInput().getImageDescriptor()));
        setTitleToolTip(getEditorInput().getToolTipText());
        if (page != null && getEditorInput() instanceof NodeEditorInput<?> input) {
            page.updateTitle(input.title());
        }
    }

    boolean isSaving() {
        return saving;
    }

    @Override
    public void doSaveAs() {
        // a gateway object has no "as"
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        disposed = true;
        if (watcher != null) {
            watcher.stop();
        }
        if (gateways != null) {
            gateways.stop();
        }
        super.dispose();
        resources.dispose();
    }
}
