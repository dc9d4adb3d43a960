package io.arrowhead.hosts.emulator.internal;

import java.util.List;

/**
 * Runs one parsed command line on an emulated host: finds the program the way a shell would (by name on the PATH,
 * or by path) and hands its arguments to the tool that emulates it. Anything else is not found, status 127.
 */
public final class HostShell {

    private final HostFiles files;
    private final BasicTools basic;
    private final DrvCfg drvCfg;
    private final BlockTools block;
    private final DockerCli docker;

    public HostShell(HostFiles files, BasicTools basic, DrvCfg drvCfg, BlockTools block, DockerCli docker) {
        this.files = files;
        this.basic = basic;
        this.drvCfg = drvCfg;
        this.block = block;
        this.docker = docker;
    }

    public Reply run(List<String> words) {
        if (words.isEmpty()) {
            return Reply.ok("");
        }
        String program = words.get(0);
        List<String> args = words.subList(1, words.size());
        String name = program;
        if (program.contains("/")) {
            if (files.kind(program) != HostFiles.Kind.EXECUTABLE) {
                return notFound(program);
            }
            String real = files.canonical(program);
            name = real.equals(HostFiles.DRV_CFG) ? "drv_cfg" : real.substring(real.lastIndexOf('/') + 1);
        } else if (name.equals("drv_cfg")) {
            return notFound(program); // the SDC tool is not on the PATH, as on a real host
        }
        return switch (name) {
            case "uname" -> basic.uname(args);
            case "cat" -> basic.cat(args);
            case "test" -> basic.test(args);
            case "ls" -> basic.ls(args);
            case "readlink" -> basic.readlink(args);
            case "drv_cfg" -> drvCfg.run(args);
            case "blkid" -> block.blkid(args);
            case "mkfs.ext4" -> block.mkfs("ext4", args);
            case "mkfs.xfs" -> block.mkfs("xfs", args);
            case "docker" -> docker.run(args);
            default -> notFound(program);
        };
    }

    private static Reply notFound(String program) {
        return Reply.error(127, "sh: 1: " + program + ": not found");
    }
}
