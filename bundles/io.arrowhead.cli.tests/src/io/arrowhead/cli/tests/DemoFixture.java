package io.arrowhead.cli.tests;

import java.nio.file.Path;

import io.arrowhead.cli.internal.demo.CliDemo;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.emulator.EmulatedDockerHost;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The command line's demo for a test class: started afresh in a directory of the class's own, in this framework, so
 * that the commands the test runs see its saved gateway and hosts as another process would; stopping it removes
 * them, so that the next class starts from nothing.
 */
final class DemoFixture implements AutoCloseable {

    final CliDemo demo;

    private DemoFixture(CliDemo demo) {
        this.demo = demo;
    }

    static DemoFixture start(Class<?> testClass) throws Exception {
        Path directory = Path.of(System.getProperty("arrowhead.demo.dataDirectory"))
            .resolveSibling("cli-demo-" + testClass.getSimpleName());
        CliDemo demo = new CliDemo(directory);
        ScriptedTerminal.unlockSecureStorage();
        try {
            demo.start(true);
        } finally {
            // Each command runs on a fresh core, as a new process; so does the test after starting the demo.
            ArrowheadCore.shutdown(() -> { });
        }
        return new DemoFixture(demo);
    }

    /** The emulated machine behind cli-demo-01 (index 0) or cli-demo-02 (index 1). */
    EmulatedDockerHost host(int index) {
        return demo.cluster().emulatedHosts().get(index);
    }

    boolean hasDockerVolume(int host, String name) {
        return host(host).dockerVolumes().stream().anyMatch(v -> v.name().equals(name));
    }

    /** A volume of the demo cluster no SDC maps, which attach may take. */
    Volume unmappedVolume(int skip) throws InterruptedException {
        try {
            GatewayConnection gateway = ArrowheadCore.connections().all().stream()
                .filter(c -> c.name().equals(CliDemo.GATEWAY_NAME)).findFirst().orElseThrow();
            ArrowheadCore.connections().connect(gateway).join();
            return gateway.model().allVolumes().stream().filter(v -> !v.isMapped() && !v.isSnapshot())
                .sorted(java.util.Comparator.comparing(Volume::name)).skip(skip).findFirst().orElseThrow();
        } finally {
            ArrowheadCore.shutdown(() -> { });
        }
    }

    /** Whether a host of this name is saved, as a new process would read the settings. */
    static boolean hostSaved(String name) {
        try {
            return ArrowheadCore.hosts().findByName(name).map(ManagedHost::name).isPresent();
        } finally {
            ArrowheadCore.shutdown(() -> { });
        }
    }

    @Override
    public void close() throws Exception {
        try {
            demo.stop();
        } finally {
            ArrowheadCore.shutdown(() -> { });
        }
    }
}
