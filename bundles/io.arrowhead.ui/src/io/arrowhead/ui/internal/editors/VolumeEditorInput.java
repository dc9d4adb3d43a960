package io.arrowhead.ui.internal.editors;

import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.internal.UiImages;
import io.arrowhead.ui.model.VolumeNode;

/** Opens a volume or snapshot in the {@link VolumeEditor}. */
public final class VolumeEditorInput extends NodeEditorInput<VolumeNode> {

    public VolumeEditorInput(VolumeNode node) {
        super(node);
    }

    @Override
    protected String currentName() {
        return node().volume().map(Volume::name).orElse(null);
    }

    @Override
    protected String kind() {
        return isSnapshot() ? Messages.VolumeEditorInput_snapshot : Messages.VolumeEditorInput_volume;
    }

    @Override
    protected String iconName() {
        return isSnapshot() ? UiImages.SNAPSHOT : UiImages.VOLUME;
    }

    @Override
    protected String id() {
        return node().id();
    }

    private boolean isSnapshot() {
        return node().volume().map(Volume::isSnapshot).orElse(false);
    }
}
