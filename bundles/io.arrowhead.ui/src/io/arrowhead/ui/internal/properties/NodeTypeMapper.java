package io.arrowhead.ui.internal.properties;

import org.eclipse.ui.views.properties.tabbed.ITypeMapper;

import io.arrowhead.ui.model.MappedVolumeNode;
import io.arrowhead.ui.model.VolumeNode;

/** Lets a volume listed under an SDC show the same property sections as the volume in its pool. */
public final class NodeTypeMapper implements ITypeMapper {

    @Override
    public Class<?> mapType(Object object) {
        return object instanceof MappedVolumeNode ? VolumeNode.class : object.getClass();
    }

    /** The element whose properties a selected element shows. */
    static Object propertiesElement(Object selected) {
        return selected instanceof MappedVolumeNode mapped ? mapped.volumeNode() : selected;
    }
}
