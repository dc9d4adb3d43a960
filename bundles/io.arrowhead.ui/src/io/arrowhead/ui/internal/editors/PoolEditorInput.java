package io.arrowhead.ui.internal.editors;

import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.ui.internal.UiImages;
import io.arrowhead.ui.model.PoolNode;

/** Opens a storage pool in the {@link PoolEditor}. */
public final class PoolEditorInput extends NodeEditorInput<PoolNode> {

    public PoolEditorInput(PoolNode node) {
        super(node);
    }

    @Override
    protected String currentName() {
        return node().pool().map(StoragePool::name).orElse(null);
    }

    @Override
    protected String kind() {
        return Messages.PoolEditorInput_kind;
    }

    @Override
    protected String iconName() {
        return UiImages.STORAGE_POOL;
    }

    @Override
    protected String id() {
        return node().id();
    }
}
