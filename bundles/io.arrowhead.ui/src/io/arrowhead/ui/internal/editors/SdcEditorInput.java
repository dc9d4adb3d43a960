package io.arrowhead.ui.internal.editors;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.ui.internal.UiImages;
import io.arrowhead.ui.model.SdcNode;

/** Opens an SDC in the {@link SdcEditor}. */
public final class SdcEditorInput extends NodeEditorInput<SdcNode> {

    public SdcEditorInput(SdcNode node) {
        super(node);
    }

    @Override
    protected String currentName() {
        return node().sdc().map(ClusterModel::sdcLabel).orElse(null);
    }

    @Override
    protected String kind() {
        return Messages.SdcEditorInput_kind;
    }

    @Override
    protected String iconName() {
        return UiImages.SDC;
    }

    @Override
    protected String id() {
        return node().id();
    }
}
