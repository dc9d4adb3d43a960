package io.arrowhead.ui.internal.editors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.ui.internal.performance.PerformanceSubject;
import io.arrowhead.ui.model.PoolNode;

/** Shows a storage pool: what it is, and on its Performance page, its I/O over time. Nothing here is edited. */
public final class PoolEditor extends NodeFormEditor<PoolNode> {

    public static final String ID = Editors.POOL_EDITOR_ID;

    @Override
    protected PoolNode nodeOf(IEditorInput input) throws PartInitException {
        if (input instanceof PoolEditorInput poolInput) {
            return poolInput.node();
        }
        throw new PartInitException(NLS.bind(Messages.PoolEditor_cannotOpen, input.getName()));
    }

    @Override
    protected void createSections(IManagedForm form, Composite body) {
        PoolGeneralPart general = new PoolGeneralPart(body, form.getToolkit(), node());
        general.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        form.addPart(general);
    }

    @Override
    protected PerformanceSubject performanceSubject() {
        return PerformanceSubject.of(node().connection(), ObjectType.STORAGE_POOL, node().id());
    }

    @Override
    protected boolean exists(ClusterModel model) {
        return model.pool(node().id()).isPresent();
    }

    @Override
    protected GatewayJob createSaveJob() {
        return null;
    }
}
