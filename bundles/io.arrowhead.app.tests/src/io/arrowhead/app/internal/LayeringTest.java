package io.arrowhead.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Checks the layering on the resolved bundles themselves, so that a stray Import-Package cannot slip through:
 * no bundle uses one above it or beside it, the pure-Java layers use nothing from the Eclipse platform, the core
 * and the command line use no UI, and the core no fake (the simulator and the emulated hosts belong to the demo, which
 * sits beside the UI and needs the workbench only for its UI contributions).
 */
class LayeringTest {

    /** Layer of each production bundle; a bundle may only use bundles of a lower layer. */
    private static final Map<String, Integer> LAYERS = Map.of(
        "io.arrowhead.scaleio.client", 0, "io.arrowhead.scaleio.simulator", 0, "io.arrowhead.hosts", 1,
        "io.arrowhead.hosts.emulator", 2, "io.arrowhead.core", 3, "io.arrowhead.ui", 4, "io.arrowhead.demo", 4,
        "io.arrowhead.app", 5, "io.arrowhead.cli", 5);

    /** The highest layer that is plain Java; the core above it is the first to use Eclipse. */
    private static final int PURE_JAVA = 2;
    private static final int CORE = 3;

    /** Above the core, the bundles that must run without a workbench. */
    private static final List<String> HEADLESS = List.of("io.arrowhead.cli");

    private static final List<String> FAKES = List.of("io.arrowhead.scaleio.simulator", "io.arrowhead.hosts.emulator");

    private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui");

    @Test
    void noBundleUsesALayerAboveIt() {
        List<String> violations = new ArrayList<>();
        for (Bundle bundle : ownBundles()) {
            int layer = LAYERS.get(bundle.getSymbolicName());
            for (String provider : providers(bundle)) {
                Integer providerLayer = LAYERS.get(provider);
                if (providerLayer != null && providerLayer >= layer && !provider.equals(bundle.getSymbolicName())) {
                    violations.add(bundle.getSymbolicName() + " -> " + provider);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void pureJavaLayersUseNothingFromEclipseAndTheCoreAndTheCommandLineUseNoUi() {
        List<String> violations = new ArrayList<>();
        for (Bundle bundle : ownBundles()) {
            int layer = LAYERS.get(bundle.getSymbolicName());
            for (String used : usedPackagesAndBundles(bundle)) {
                // Jetty (the simulator's HTTP server) is a plain Java library that only lives in Eclipse's namespace
                boolean eclipse = used.startsWith("org.eclipse.") && !used.startsWith("org.eclipse.jetty.");
                boolean ui = UI_PREFIXES.stream().anyMatch(used::startsWith);
                boolean headless = layer == CORE || HEADLESS.contains(bundle.getSymbolicName());
                if (layer <= PURE_JAVA && eclipse || headless && ui) {
                    violations.add(bundle.getSymbolicName() + " uses " + used);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCoreUsesNeitherTheSimulatorNorTheEmulatedHosts() {
        Bundle core = ownBundles().stream().filter(b -> "io.arrowhead.core".equals(b.getSymbolicName())).findFirst()
            .orElseThrow();
        List<String> fakes = new ArrayList<>();
        for (BundleWire wire : requiredWires(core)) {
            String provider = wire.getProvider().getSymbolicName();
            Object used = wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
            if (FAKES.contains(provider)) {
                fakes.add(used != null ? used + " from " + provider : provider);
            }
        }
        assertEquals(List.of(), fakes, "the core's wiring");
        assertTrue(requiredWires(core).stream().anyMatch(w -> "io.arrowhead.scaleio.client".equals(
            w.getProvider().getSymbolicName())), "the check sees the core's wires to the bundles below it");
    }

    private static List<Bundle> ownBundles() {
        Bundle[] all = FrameworkUtil.getBundle(LayeringTest.class).getBundleContext().getBundles();
        List<Bundle> own = new ArrayList<>();
        for (Bundle bundle : all) {
            if (LAYERS.containsKey(bundle.getSymbolicName())) {
                assertNotNull(bundle.adapt(BundleWiring.class), bundle.getSymbolicName() + " is resolved");
                own.add(bundle);
            }
        }
        assertEquals(LAYERS.size(), own.size(), "every production bundle is installed");
        return own;
    }

    private static List<String> providers(Bundle bundle) {
        return requiredWires(bundle).stream().map(w -> w.getProvider().getSymbolicName()).toList();
    }

    /** Imported package names and required bundle names, as wired. */
    private static List<String> usedPackagesAndBundles(Bundle bundle) {
        List<String> used = new ArrayList<>();
        for (BundleWire wire : requiredWires(bundle)) {
            Map<String, Object> attributes = wire.getCapability().getAttributes();
            if (PackageNamespace.PACKAGE_NAMESPACE.equals(wire.getCapability().getNamespace())) {
                used.add((String) attributes.get(PackageNamespace.PACKAGE_NAMESPACE));
            } else {
                used.add(wire.getProvider().getSymbolicName());
            }
        }
        return used;
    }

    private static List<BundleWire> requiredWires(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        List<BundleWire> wires = new ArrayList<>(wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE));
        wires.addAll(wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE));
        return wires;
    }
}
