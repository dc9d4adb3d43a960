package io.arrowhead.ui.internal.adapters;

import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.ui.model.PoolNode;

/** A storage pool node adapts to the pool as the gateway's current model has it. */
public final class PoolAdapterFactory extends NodeFamilyAdapterFactory {

    public PoolAdapterFactory() {
        super(StoragePool.class);
    }

    @Override
    protected Object adapt(Object adaptable, Class<?> adapterType) {
        return adaptable instanceof PoolNode pool ? pool.pool().orElse(null) : null;
    }
}
