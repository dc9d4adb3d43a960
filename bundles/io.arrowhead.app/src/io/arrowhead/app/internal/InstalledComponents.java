package io.arrowhead.app.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What an operator reports when asking for support: Arrowhead's own bundles, the libraries it talks to gateways
 * and hosts with, and the platform and Java it runs on.
 */
final class InstalledComponents {

    record Component(String name, String bundle, String version) {
    }

    private static final String OWN_PREFIX = "io.arrowhead.";

    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();
    static {
        LIBRARIES.put("org.eclipse.ui.workbench", "Eclipse Workbench");
        LIBRARIES.put("org.eclipse.swt", "SWT");
        LIBRARIES.put("com.squareup.okhttp3", "OkHttp");
        LIBRARIES.put("com.fasterxml.jackson.core.jackson-databind", "Jackson Databind");
        LIBRARIES.put("org.apache.sshd.osgi", "Apache MINA SSHD");
        LIBRARIES.put("wrapped.org.jfree.jfreechart", "JFreeChart");
    }

    private final Bundle[] bundles;

    InstalledComponents() {
        this(FrameworkUtil.getBundle(InstalledComponents.class).getBundleContext().getBundles());
    }

    InstalledComponents(Bundle[] bundles) {
        this.bundles = bundles.clone();
    }

    /** Arrowhead's bundles by name, then the notable libraries in a fixed order. */
    List<Component> list() {
        List<Component> own = new ArrayList<>();
        List<Component> libraries = new ArrayList<>();
        for (Bundle bundle : bundles) {
            String symbolicName = bundle.getSymbolicName();
            if (symbolicName == null) {
                continue;
            }
            String version = bundle.getVersion().toString();
            if (symbolicName.startsWith(OWN_PREFIX)) {
                own.add(new Component(displayName(bundle), symbolicName, version));
            } else if (LIBRARIES.containsKey(symbolicName)) {
                libraries.add(new Component(LIBRARIES.get(symbolicName), symbolicName, version));
            }
        }
        own.sort(Comparator.comparing(Component::bundle));
        List<String> order = new ArrayList<>(LIBRARIES.keySet());
        libraries.sort(Comparator.comparingInt(c -> order.indexOf(c.bundle())));
        own.addAll(libraries);
        return own;
    }

    static String javaDescription() {
        return "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + "), "
            + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }

    /** Plain text for the clipboard. */
    String supportText(String productVersion) {
        StringBuilder text = new StringBuilder("Arrowhead ").append(productVersion).append('\n')
            .append(javaDescription()).append('\n');
        for (Component component : list()) {
            text.append(component.name()).append('\t').append(component.bundle()).append('\t')
                .append(component.version()).append('\n');
        }
        return text.toString();
    }

    private static String displayName(Bundle bundle) {
        String name = bundle.getHeaders("").get("Bundle-Name");
        if (name == null || name.isBlank()) {
            return bundle.getSymbolicName();
        }
        return name.startsWith("Arrowhead ") ? name.substring("Arrowhead ".length()) : name;
    }
}
