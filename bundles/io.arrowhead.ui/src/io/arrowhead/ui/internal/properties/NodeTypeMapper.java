package io.arrowhead.ui.internal.properties;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.views.properties.tabbed.ITypeMapper;

import io.arrowhead.ui.model.VolumeNode;

/**
 * Lets an element that stands for a volume, such as a volume listed under an SDC, show the same property sections as
 * the volume in its pool. Tabbed properties match sections by class only, so the mapping goes through the adapters.
 */
public final class NodeTypeMapper implements ITypeMapper {

    @Override
    public Class<?> mapType(Object object) {
        return propertiesElement(object).getClass();
    }

    /** The element whose properties a selected element shows. */
    static Object propertiesElement(Object selected) {
        VolumeNode volume = Adapters.adapt(selected, VolumeNode.class);
        return volume != null ? volume : selected;
    }
}
