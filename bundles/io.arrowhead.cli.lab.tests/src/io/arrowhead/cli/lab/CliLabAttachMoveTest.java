package io.arrowhead.cli.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionSettings;
import io.arrowhead.core.lab.Lab;
import io.arrowhead.core.lab.LabExtension;
import io.arrowhead.core.lab.LabHost;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The command line on the real lab: host add, attach, data written on the host, move to the other host with the
 * data checked by checksum there, and detach, each as arrowhead-cli runs it.
 */
@ExtendWith(LabExtension.class)
class CliLabAttachMoveTest {

    private static final String GATEWAY = "lab";
    private static final String DOCKER_VOLUME = "cli-lab-payload";
    private static final String WRITE = "dd if=/dev/urandom of=/data/payload bs=64k count=32 2>/dev/null && sync"
        + " && sha256sum /data/payload";

    @AfterEach
    void forgetTheLab() throws Exception {
        try {
            var hosts = ArrowheadCore.hosts();
            for (var host : hosts.all()) {
                hosts.hostKeys().forget(host.definition());
                hosts.remove(host);
            }
            var gateways = ArrowheadCore.connections();
            for (var gateway : gateways.all()) {
                gateways.forgetCertificate(gateway.settings().endpoint());
                gateways.remove(gateway);
            }
        } finally {
            ArrowheadCore.shutdown(() -> { });
        }
    }

    @Test
    void attachWriteMoveCheckAndDetachThroughTheCommandLine(Lab lab) throws Exception {
        addGateway(lab);
        for (LabHost host : lab.hosts()) {
            LabCli.run(ExitCodes.OK, "host", "add", "lab-" + host.index(), "--address", host.address(), "--port",
                Integer.toString(host.port()), "--user", host.user(), "--key-file", lab.privateKey().toString(),
                "--trust-fingerprint", host.hostKeyFingerprint());
        }
        Volume volume = unmappedVolume(lab);

        var attached = LabCli.json(LabCli.run(ExitCodes.OK, "attach", volume.name(), "--host", "lab-1",
            "--gateway", GATEWAY, "--docker-volume", DOCKER_VOLUME, "--output", "json"));
        assertEquals("SUCCEEDED", attached.get("outcome").asText());
        String written = inContainer(lab, 1, WRITE);
        assertTrue(written.endsWith("/data/payload"), written);

        var moved = LabCli.json(LabCli.run(ExitCodes.OK, "move", DOCKER_VOLUME, "--from", "lab-1", "--to", "lab-2",
            "--gateway", GATEWAY, "--yes", "--output", "json"));
        assertEquals("SUCCEEDED", moved.get("outcome").asText());
        assertFalse(lab.exec(1, "docker", "volume", "ls", "-q").contains(DOCKER_VOLUME));
        assertEquals(written, inContainer(lab, 2, "sha256sum /data/payload"));

        LabCli.run(ExitCodes.OK, "detach", DOCKER_VOLUME, "--host", "lab-2", "--gateway", GATEWAY, "--yes");
        assertFalse(lab.exec(2, "docker", "volume", "ls", "-q").contains(DOCKER_VOLUME));
        var operations = LabCli.json(LabCli.run(ExitCodes.OK, "ops", "list", "--limit", "3", "-o", "json"));
        assertEquals("DETACH MOVE ATTACH", operations.get(0).get("kind").asText() + " "
            + operations.get(1).get("kind").asText() + " " + operations.get(2).get("kind").asText());
    }

    /** The lab gateway saved as the console saves one, its certificate pinned: what gateway add would leave. */
    private static void addGateway(Lab lab) throws Exception {
        try {
            var settings = ConnectionSettings.create(GATEWAY, lab.simulator().endpoint().toString(), Lab.USER);
            ArrowheadCore.connections().add(settings, lab.password());
            ArrowheadCore.connections().secrets().pinFingerprint(settings.endpoint(),
                lab.simulator().certificateFingerprint());
        } finally {
            ArrowheadCore.shutdown(() -> { });
        }
    }

    private static Volume unmappedVolume(Lab lab) throws Exception {
        try (GatewayClient client = GatewayClient.create(GatewayConfig.builder(lab.simulator().endpoint().toString())
            .user(Lab.USER).password(lab.password()).tls(TlsPolicy.pinned(lab.simulator().certificateFingerprint()))
            .build())) {
            return client.volumes().stream().filter(v -> !v.isMapped() && !v.isSnapshot())
                .sorted(Comparator.comparing(Volume::name)).skip(4).findFirst().orElseThrow();
        }
    }

    /** A throw-away container on a lab host with the Docker volume at /data; what it printed. */
    private static String inContainer(Lab lab, int host, String script) throws Exception {
        return lab.exec(host, "docker", "run", "--rm", "--network", "none", "-v", DOCKER_VOLUME + ":/data", "mini:1",
            "sh", "-c", script).strip();
    }
}
