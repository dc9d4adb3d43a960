package io.arrowhead.core.internal.hosts;

import java.time.Duration;
import java.util.List;

import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.DockerHost;
import io.arrowhead.hosts.FilesystemProbe;
import io.arrowhead.hosts.FilesystemType;
import io.arrowhead.hosts.ScaleIoDevice;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.SdcRef;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * Attaches a ScaleIO volume to a Docker host: check, find the host's SDC, map, wait for the device, probe it, make a
 * filesystem only on a blank device, create the Docker volume. The map and the Docker volume register their undo.
 */
public final class AttachProcedure {

    /** What to attach where; the Docker name and the limits (0 for unlimited) have been validated already. */
    public record Request(String volumeId, ManagedHost host, String dockerVolume, FilesystemType filesystem,
        boolean allowMultipleMappings, Duration deviceTimeout, long iopsLimit, long bandwidthMibps) {

        /** Without QoS limits. */
        public Request(String volumeId, ManagedHost host, String dockerVolume, FilesystemType filesystem,
            boolean allowMultipleMappings, Duration deviceTimeout) {
            this(volumeId, host, dockerVolume, filesystem, allowMultipleMappings, deviceTimeout, 0, 0);
        }
    }

    private AttachProcedure() {
    }

    /** Runs the steps; returns the filesystem type the Docker volume got. */
    public static FilesystemType run(OperationContext context, Request request) throws Exception {
        OperationSteps steps = context.steps();
        ManagedHost host = request.host();
        String name = request.dockerVolume();
        Volume volume = steps.run("Check " + name + " on " + host.name(), step -> {
            Volume found = context.client().get(ObjectType.VOLUME, request.volumeId());
            context.volumeName = found.name();
            if (context.docker(host).inspectVolume(name).isPresent()) {
                throw new IllegalStateException("A Docker volume named " + name + " already exists on " + host.name()
                    + ".");
            }
            step.detail("volume " + found.name() + ", " + found.sizeInKb() / 1024 / 1024 + " GiB");
            return found;
        });
        Sdc sdc = SdcLookup.find(context, host);
        map(context, request, volume, sdc);
        String systemId = context.systemId();
        ScaleIoDevice device = steps.run("Wait for the device on " + host.name(), step -> {
            ScaleIoDevice appeared = context.docker(host).waitForDevice(systemId, volume.id(),
                request.deviceTimeout());
            step.detail(appeared.linkPath() + " -> " + appeared.devicePath());
            return appeared;
        });
        FilesystemProbe probe = steps.run("Probe the filesystem of " + device.devicePath(), step -> {
            FilesystemProbe found = context.docker(host).probeFilesystem(device.devicePath());
            step.detail(found.isBlank() ? "blank" : found.type() + (found.uuid() == null ? "" : " " + found.uuid()));
            if (!found.isBlank() && !isSupported(found.type())) {
                throw new IllegalStateException(device.devicePath() + " on " + host.name() + " holds a " + found.type()
                    + " filesystem, which Arrowhead does not give to Docker. Nothing was formatted.");
            }
            return found;
        });
        FilesystemType type = filesystem(context, request, device, probe);
        steps.run("Create Docker volume " + name + " on " + host.name(), step -> {
            context.docker(host).createVolume(name, device, type);
            step.detail(type.toolName() + " on " + device.linkPath());
            return null;
        });
        steps.onFailureUndo("Remove Docker volume " + name + " from " + host.name(),
            "Docker volume " + name + " on " + host.name(), () -> context.undoDocker(host).removeVolume(name));
        return type;
    }

    private static void map(OperationContext context, Request request, Volume volume, Sdc sdc) throws Exception {
        String step = "Map " + volume.name() + " to SDC " + SdcLookup.label(sdc);
        if (volume.mappingOf(sdc.id()).isPresent()) {
            // Mapped before this operation: it is not this operation's to undo.
            context.steps().skip(step, "already mapped to this SDC");
            MappingLimitsStep.keep(context, volume, request.iopsLimit(), request.bandwidthMibps());
            return;
        }
        List<MappedSdcInfo> others = volume.mappedSdcInfo();
        context.steps().run(step, s -> {
            if (!others.isEmpty() && !request.allowMultipleMappings()) {
                throw new IllegalStateException("Volume " + volume.name() + " is already attached to "
                    + String.join(", ", others.stream().map(AttachProcedure::sdcName).toList())
                    + "; detach it there first or allow multiple mappings.");
            }
            context.client().mapVolume(volume.id(), SdcRef.id(sdc.id()), request.allowMultipleMappings(), null);
            return null;
        });
        context.steps().onFailureUndo("Unmap " + volume.name() + " from SDC " + SdcLookup.label(sdc),
            "mapping of " + volume.name() + " to SDC " + SdcLookup.label(sdc),
            () -> context.undoClient().unmapVolume(volume.id(), SdcRef.id(sdc.id())));
        MappingLimitsStep.run(context, volume, sdc, request.iopsLimit(), request.bandwidthMibps());
    }

    /** Formats a blank device; keeps any filesystem that is there, even of another type than asked. */
    private static FilesystemType filesystem(OperationContext context, Request request, ScaleIoDevice device,
        FilesystemProbe probe) throws Exception {
        String step = "Make an " + request.filesystem().toolName() + " filesystem";
        if (!probe.isBlank()) {
            FilesystemType existing = FilesystemType.parse(probe.type());
            context.steps().skip(step, existing == request.filesystem() ? "keeps its " + probe.type() + " filesystem"
                : "keeps its " + probe.type() + " filesystem instead of the " + request.filesystem().toolName()
                    + " asked for");
            return existing;
        }
        context.steps().run(step, s -> {
            context.docker(request.host()).makeFilesystem(device.devicePath(), request.filesystem());
            s.detail("on " + device.devicePath());
            return null;
        });
        return request.filesystem();
    }

    static boolean isSupported(String type) {
        try {
            FilesystemType.parse(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String sdcName(MappedSdcInfo mapping) {
        if (mapping.sdcName() != null && !mapping.sdcName().isBlank()) {
            return mapping.sdcName();
        }
        return mapping.sdcIp() != null ? mapping.sdcIp() : mapping.sdcId();
    }
}
