package io.arrowhead.demo.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.hosts.emulator.SanBackend;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SdcRef;

/**
 * Makes the emulated hosts' Docker volumes agree with the demo cluster's mappings when the demo starts, since the
 * two are saved apart and a demo stopped in the middle of an attach or detach, or a lost state file, leaves one
 * without the other. A ScaleIO volume mapped to a host's SDC without a Docker volume of Arrowhead's for it there is
 * unmapped (Arrowhead cannot tell which name and filesystem the Docker volume had); a Docker volume with Arrowhead's
 * labels whose ScaleIO volume is not mapped to that host's SDC is removed, with the containers that use it. Docker
 * volumes without those labels are not Arrowhead's and stay.
 */
public final class DemoReconcile {

    private static final String PLUGIN_ID = "io.arrowhead.demo";

    private DemoReconcile() {
    }

    /** Reconciles every host; the result holds one INFO per repair and one WARNING per repair that failed. */
    public static MultiStatus run(List<EmulatedDockerHost> hosts, SanBackend backend, GatewayClient gateway) {
        MultiStatus result = new MultiStatus(PLUGIN_ID, 0, Messages.DemoReconcile_title, null);
        for (EmulatedDockerHost host : hosts) {
            List<SanBackend.MappedVolume> mappings;
            try {
                mappings = backend.mappedVolumes(host.sdcGuid());
            } catch (IOException e) {
                result.add(Status.warning(NLS.bind(Messages.DemoReconcile_notChecked, host.name(), e.getMessage()),
                    e));
                continue;
            }
            Set<String> attached = removeUnmappedDockerVolumes(host, mappings, result);
            for (SanBackend.MappedVolume mapping : mappings) {
                if (!attached.contains(key(mapping.systemId(), mapping.volumeId()))) {
                    unmap(host, mapping.volumeId(), gateway, result);
                }
            }
        }
        return result;
    }

    /** Removes the host's Arrowhead Docker volumes that lost their mapping; returns the keys of those that kept it. */
    private static Set<String> removeUnmappedDockerVolumes(EmulatedDockerHost host,
        List<SanBackend.MappedVolume> mappings, MultiStatus result) {
        Set<String> mapped = new HashSet<>();
        mappings.forEach(mapping -> mapped.add(key(mapping.systemId(), mapping.volumeId())));
        Set<String> attached = new HashSet<>();
        for (DockerVolume volume : host.dockerVolumes()) {
            if (volume.systemId() == null || volume.volumeId() == null) {
                continue;
            }
            String key = key(volume.systemId(), volume.volumeId());
            if (mapped.contains(key)) {
                attached.add(key);
                continue;
            }
            try {
                List<String> containers = host.removeDockerVolume(volume.name());
                result.add(Status.info(containers.isEmpty()
                    ? NLS.bind(Messages.DemoReconcile_removed, volume.name(), host.name())
                    : NLS.bind(Messages.DemoReconcile_removedWithContainers,
                        new Object[] { volume.name(), host.name(), String.join(", ", containers) })));
            } catch (RuntimeException e) {
                result.add(Status.warning(NLS.bind(Messages.DemoReconcile_removeFailed,
                    new Object[] { volume.name(), host.name(), e.getMessage() }), e));
            }
        }
        return attached;
    }

    private static void unmap(EmulatedDockerHost host, String volumeId, GatewayClient gateway, MultiStatus result) {
        String volume = volumeId;
        try {
            volume = gateway.get(ObjectType.VOLUME, volumeId).name();
            gateway.unmapVolume(volumeId, SdcRef.guid(host.sdcGuid()));
            result.add(Status.info(NLS.bind(Messages.DemoReconcile_unmapped, volume, host.name())));
        } catch (IOException | RuntimeException e) {
            result.add(Status.warning(NLS.bind(Messages.DemoReconcile_unmapFailed,
                new Object[] { volume, host.name(), e.getMessage() }), e));
        }
    }

    private static String key(String systemId, String volumeId) {
        return (systemId + "/" + volumeId).toLowerCase(Locale.ROOT);
    }
}
