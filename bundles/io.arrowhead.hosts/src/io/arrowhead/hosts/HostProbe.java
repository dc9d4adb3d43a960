package io.arrowhead.hosts;

/**
 * What a host runs, as far as Arrowhead cares.
 *
 * @param os PRETTY_NAME from /etc/os-release, or null if unreadable
 * @param kernel {@code uname -sr}
 * @param dockerVersion the Docker server version, null if Docker is not usable
 * @param dockerError why Docker is not usable, or null
 * @param drvCfgPath the SDC's drv_cfg tool, null if no SDC is installed
 * @param sdcGuid the SDC's GUID in upper case, or null
 */
public record HostProbe(String os, String kernel, String dockerVersion, String dockerError, String drvCfgPath,
        String sdcGuid) {

    public boolean dockerUsable() {
        return dockerVersion != null;
    }

    public boolean sdcInstalled() {
        return drvCfgPath != null;
    }
}
