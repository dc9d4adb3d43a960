package io.arrowhead.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.StoragePool;

/** A storage pool as offered in a combo: "protection domain / pool". */
record PoolChoice(String poolId, String label) {

    /** Every pool of the cluster, grouped by protection domain, both sorted by name. */
    static List<PoolChoice> all(ClusterModel model) {
        List<PoolChoice> choices = new ArrayList<>();
        if (model != null) {
            for (ProtectionDomain domain : model.protectionDomains()) {
                for (StoragePool pool : model.pools(domain.id())) {
                    choices.add(new PoolChoice(pool.id(), NLS.bind(Messages.PoolChoice_label,
                        nameOf(domain.name(), domain.id()), nameOf(pool.name(), pool.id()))));
                }
            }
        }
        return choices;
    }

    private static String nameOf(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
