package io.arrowhead.ui.internal.editors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.ui.internal.performance.PerformanceSubject;
import io.arrowhead.ui.model.SdcNode;

/** Shows an SDC and the volumes mapped to it, and renames it. */
public final class SdcEditor extends NodeFormEditor<SdcNode> {

    public static final String ID = Editors.SDC_EDITOR_ID;

    private SdcGeneralPart general;

    @Override
    protected SdcNode nodeOf(IEditorInput input) throws PartInitException {
        if (input instanceof SdcEditorInput sdcInput) {
            return sdcInput.node();
        }
        throw new PartInitException(NLS.bind(Messages.SdcEditor_cannotOpen, input.getName()));
    }

    @Override
    protected void createSections(IManagedForm form, Composite body) {
        FormToolkit toolkit = form.getToolkit();
        general = new SdcGeneralPart(body, toolkit, node());
        // one above the other: the mappings table needs the full width for its five columns
        general.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        form.addPart(general);
        SdcMappingsPart mappings = new SdcMappingsPart(body, toolkit, this);
        mappings.getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        form.addPart(mappings);
    }

    @Override
    protected PerformanceSubject performanceSubject() {
        return PerformanceSubject.of(node().connection(), ObjectType.SDC, node().id());
    }

    @Override
    protected boolean exists(ClusterModel model) {
        return model.sdc(node().id()).isPresent();
    }

    @Override
    protected GatewayJob createSaveJob() {
        Sdc sdc = node().sdc().orElse(null);
        String newName = sdc == null ? null : general.newName(sdc);
        return newName == null ? null : ClusterOperations.renameSdc(node().connection(), sdc.id(), newName);
    }
}
