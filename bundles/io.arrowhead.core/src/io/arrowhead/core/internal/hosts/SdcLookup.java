package io.arrowhead.core.internal.hosts;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.scaleio.client.model.Sdc;

/** Finds the SDC a Docker host runs: the host reports its GUID, the gateway lists the SDCs it knows. */
final class SdcLookup {

    private SdcLookup() {
    }

    /**
     * A step that finds the host's SDC; it fails naming the host, the GUID and the gateway when there is none. A move
     * asks twice for the target (before detaching, then while attaching) and once more for the source if it gives
     * the volume back, so the answer is kept for the operation: listing SDCs is one of the larger gateway reads.
     */
    static Sdc find(OperationContext context, ManagedHost host) throws Exception {
        String step = "Find the SDC of " + host.name();
        Sdc known = context.knownSdc(host);
        if (known != null) {
            context.steps().skip(step, "SDC " + label(known) + ", found earlier in this operation");
            return known;
        }
        Sdc found = context.steps().run(step, s -> {
            DockerHost docker = context.docker(host);
            String guid = docker.queryGuid(); // normalised by ScaleIoIds.normalizeSdcGuid
            for (Sdc sdc : context.client().sdcs()) {
                if (guid.equalsIgnoreCase(sdc.sdcGuid())) {
                    s.detail("SDC " + label(sdc) + ", GUID " + guid);
                    return sdc;
                }
            }
            throw new IllegalStateException("The SDC of " + host.name() + " (GUID " + guid + ") is not known to the "
                + "gateway " + context.connection().name() + ". Connect the host's SDC to this cluster first.");
        });
        context.rememberSdc(host, found);
        return found;
    }

    /** An SDC as the operator knows it: its name or IP, and its id. */
    static String label(Sdc sdc) {
        String name = ClusterModel.sdcLabel(sdc);
        return name == null ? sdc.id() : name + " (" + sdc.id() + ")";
    }
}
