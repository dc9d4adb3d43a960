package io.arrowhead.ui.internal.adapters;

import org.eclipse.core.runtime.IAdapterFactory;

/**
 * The adapters of one family of navigator nodes, such as the volumes: the nodes of the family adapt to the node and
 * to the model object they stand for. Each family registers its own factory in plugin.xml
 * ({@code org.eclipse.core.runtime.adapters}), so that a new family (hosts, Docker volumes) adds a factory and an
 * extension without touching the others, and menus, handlers and properties follow by adapting.
 */
abstract class NodeFamilyAdapterFactory implements IAdapterFactory {

    private final Class<?>[] adapterTypes;

    NodeFamilyAdapterFactory(Class<?>... adapterTypes) {
        this.adapterTypes = adapterTypes.clone();
    }

    @Override
    public final <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        Object adapter = adapt(adaptable, adapterType);
        return adapterType.isInstance(adapter) ? adapterType.cast(adapter) : null;
    }

    /** What the adaptable stands for as the given type, or {@code null}. */
    protected abstract Object adapt(Object adaptable, Class<?> adapterType);

    @Override
    public final Class<?>[] getAdapterList() {
        return adapterTypes.clone();
    }
}
