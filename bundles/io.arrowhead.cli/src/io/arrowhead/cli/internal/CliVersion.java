package io.arrowhead.cli.internal;

import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** The bundle's version, which the product's build stamps. */
final class CliVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        var bundle = FrameworkUtil.getBundle(CliVersion.class);
        return new String[] { "arrowhead-cli " + (bundle == null ? "(development)" : bundle.getVersion()),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")" };
    }
}
