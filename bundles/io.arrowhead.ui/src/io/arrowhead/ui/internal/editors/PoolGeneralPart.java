package io.arrowhead.ui.internal.editors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.VolumeCounts;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.ui.internal.Formats;
import io.arrowhead.ui.model.PoolNode;

/** What the MDM knows of a storage pool, read-only. */
final class PoolGeneralPart extends NodeSectionPart {

    private final PoolNode node;
    private final Text name;
    private final Text domain;
    private final Text media;
    private final Text spare;
    private final Text volumes;
    private final Text id;

    PoolGeneralPart(Composite parent, FormToolkit toolkit, PoolNode node) {
        super(parent, toolkit, Messages.Part_general, null);
        this.node = node;
        useFieldLayout();
        name = readOnlyField(toolkit, Messages.Field_name, "poolEditor.name");
        domain = readOnlyField(toolkit, Messages.PoolGeneralPart_domain, "poolEditor.domain");
        media = readOnlyField(toolkit, Messages.PoolGeneralPart_media, "poolEditor.media");
        spare = readOnlyField(toolkit, Messages.PoolGeneralPart_spare, "poolEditor.spare");
        volumes = readOnlyField(toolkit, Messages.PoolGeneralPart_volumes, "poolEditor.volumes");
        id = readOnlyField(toolkit, Messages.Field_id, "poolEditor.id");
        done(toolkit);
    }

    @Override
    void showModel(boolean keepEdits) {
        ClusterModel model = node.model();
        StoragePool pool = node.pool().orElse(null);
        if (model == null || pool == null) {
            return;
        }
        name.setText(Formats.text(pool.name()));
        domain.setText(model.protectionDomain(pool.protectionDomainId()).map(ProtectionDomain::name)
            .map(Formats::text).orElse(Formats.NONE));
        media.setText(Formats.text(pool.mediaType()));
        spare.setText(pool.sparePercentage() == null ? Formats.NONE : pool.sparePercentage() + " %");
        VolumeCounts counts = model.volumeCounts(pool.id());
        volumes.setText(counts.volumes() + " / " + counts.snapshots());
        id.setText(pool.id());
    }

    @Override
    public boolean isDirty() {
        return false;
    }
}
