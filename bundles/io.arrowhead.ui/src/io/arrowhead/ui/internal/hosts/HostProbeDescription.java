package io.arrowhead.ui.internal.hosts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.SdcMatch;
import io.arrowhead.hosts.HostProbe;

/** A connection test's findings as lines: OS, kernel, Docker (or why it is not usable), SDC GUID and matching SDC. */
final class HostProbeDescription {

    private HostProbeDescription() {
    }

    static String describe(String where, HostProbe probe, Collection<GatewayConnection> gateways) {
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.HostProbeTest_passed, where));
        lines.add(NLS.bind(Messages.HostProbeDescription_os, orUnknown(probe.os())));
        lines.add(NLS.bind(Messages.HostProbeDescription_kernel, orUnknown(probe.kernel())));
        lines.add(probe.dockerUsable() ? NLS.bind(Messages.HostProbeDescription_docker, probe.dockerVersion())
            : NLS.bind(Messages.HostProbeDescription_dockerUnusable, orUnknown(probe.dockerError())));
        if (!probe.sdcInstalled()) {
            lines.add(Messages.HostProbeDescription_noSdc);
        } else if (probe.sdcGuid() == null) {
            lines.add(Messages.HostProbeDescription_noGuid);
        } else {
            lines.add(NLS.bind(Messages.HostProbeDescription_sdcGuid, probe.sdcGuid()));
            Optional<SdcMatch> match = SdcMatch.find(probe.sdcGuid(), gateways);
            lines.add(match.map(m -> NLS.bind(Messages.HostProbeDescription_sdcMatch, new Object[] {m.sdcLabel(),
                m.sdc().id(), m.connection().name()})).orElse(Messages.HostProbeDescription_sdcUnknown));
        }
        return String.join("\n", lines);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? Messages.HostProbeDescription_unknown : value;
    }
}
