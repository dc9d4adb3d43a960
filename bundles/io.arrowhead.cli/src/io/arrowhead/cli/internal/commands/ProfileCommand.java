package io.arrowhead.cli.internal.commands;

import io.arrowhead.cli.internal.CliCommand;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.cli.internal.ExitCodes;
import io.arrowhead.cli.internal.output.Column;
import io.arrowhead.cli.internal.output.Table;
import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.scaleio.client.model.VolumeType;
import picocli.CommandLine.Command;

/** {@code profile list}: the storage profiles the console keeps, which {@code attach} creates volumes by. */
@Command(name = "profile", description = "List the storage profiles.", subcommands = ProfileCommand.ListProfiles.class)
public final class ProfileCommand {

    private static final long BYTES_PER_MIB = 1024 * 1024;

    static final Table<StorageProfile> PROFILES = new Table<>(
        Column.of("NAME", "name", StorageProfile::name),
        Column.of("PROTECTION DOMAIN", "protectionDomain", StorageProfile::protectionDomain),
        new Column<>("POOL", "pool", StorageProfile::pool, pool -> pool == null ? "any with room" : pool.toString()),
        Column.of("PROVISIONING", "provisioning",
            p -> p.provisioning() == VolumeType.THICK_PROVISIONED ? "thick" : "thin"),
        Column.of("SIZE", "defaultSizeBytes", p -> StorageTables.gibBytes(p.defaultSizeGib()), StorageTables::bytes),
        Column.of("IOPS LIMIT", "iopsLimit", StorageProfile::iopsLimit, v -> unlimitedOr(v, v + " IOPS")),
        Column.of("BANDWIDTH LIMIT", "bandwidthLimitBytesPerSecond", p -> p.bandwidthMibps() * BYTES_PER_MIB,
            v -> unlimitedOr(v, ((Number) v).longValue() / BYTES_PER_MIB + " MB/s")),
        Column.of("FILESYSTEM", "filesystem", p -> p.filesystem().toolName()));

    private ProfileCommand() {
    }

    @Command(name = "list", description = "Lists the storage profiles: where a profile's volumes go, how they are "
        + "provisioned, their default size, their mapping's limits and their filesystem. A profile without a pool "
        + "takes the pool of its protection domain with the most room.",
        footerHeading = "%nExample:%n", footer = "  arrowhead-cli profile list --output json")
    static final class ListProfiles extends CliCommand {
        @Override
        protected int run(CliSession session) {
            session.print(PROFILES, ArrowheadCore.storageProfiles().all());
            return ExitCodes.OK;
        }
    }

    private static String unlimitedOr(Object value, String limited) {
        return ((Number) value).longValue() == 0 ? "unlimited" : limited;
    }
}
