package io.arrowhead.cli.internal.commands;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.arrowhead.cli.internal.CliException;
import io.arrowhead.cli.internal.CliSession;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * A command's logged-in gateway and its loaded cluster: finds what the user named there, the way they see it, and
 * runs the core's operations, after which the cluster is the one the operation reloaded.
 */
final class ConnectedCluster {

    private final CliSession session;
    private final GatewayConnection gateway;
    private ClusterModel model;

    ConnectedCluster(CliSession session) {
        this.session = session;
        this.gateway = session.gateway();
        this.model = session.connect(gateway);
    }

    CliSession session() {
        return session;
    }

    GatewayConnection gateway() {
        return gateway;
    }

    ClusterModel model() {
        return model;
    }

    /** Runs a core operation to its end and takes the cluster it reloaded; its failure is thrown. */
    void change(GatewayJob job) {
        job.schedule();
        CliSession.await(job);
        if (gateway.model() != null) {
            model = gateway.model();
        }
    }

    /** A volume or snapshot by id, else by name. */
    Volume volume(String idOrName) {
        String text = idOrName.strip();
        return model.volume(text).or(() -> model.volumeByName(text))
            .orElseThrow(() -> CliException.notFound("Gateway " + gateway.name() + " has no volume named or with the"
                + " id " + idOrName + ". List them with: arrowhead-cli volume list"));
    }

    /** The same volume in the current cluster, as an operation left it. */
    Volume reloaded(Volume volume) {
        return model.volume(volume.id()).orElse(volume);
    }

    /** An SDC by id, name, IP or GUID, as the console shows them; a text that fits several is refused. */
    Sdc sdc(String text) {
        String wanted = text.strip();
        List<Sdc> found = first(model.sdcs(), s -> wanted.equalsIgnoreCase(s.id()), s -> wanted.equals(s.name()),
            s -> wanted.equalsIgnoreCase(s.name()),
            s -> wanted.equals(s.sdcIp()) || s.sdcIps().contains(wanted), s -> wanted.equalsIgnoreCase(s.sdcGuid()));
        if (found.isEmpty()) {
            throw CliException.notFound("Gateway " + gateway.name() + " has no SDC with the name, id, IP or GUID "
                + text + ". List them with: arrowhead-cli sdc list");
        }
        if (found.size() > 1) {
            throw CliException.usage(text + " fits several SDCs (" + found.stream().map(s -> ClusterModel.sdcLabel(s)
                + " " + s.id()).collect(Collectors.joining(", ")) + "); name one by its id.");
        }
        return found.getFirst();
    }

    /** A protection domain by name or id. */
    ProtectionDomain protectionDomain(String text) {
        String wanted = text.strip();
        List<ProtectionDomain> found = first(model.protectionDomains(), pd -> wanted.equalsIgnoreCase(pd.id()),
            pd -> wanted.equals(pd.name()));
        if (found.isEmpty()) {
            throw CliException.notFound("Gateway " + gateway.name() + " has no protection domain named or with the"
                + " id " + text + ". Its protection domains: " + names(model.protectionDomains().stream()
                    .map(ProtectionDomain::name).toList()) + ".");
        }
        return found.getFirst();
    }

    /** A storage pool by name or id, within a protection domain if one is given; a name in several needs one. */
    StoragePool pool(String text, ProtectionDomain domainOrNull) {
        String wanted = text.strip();
        List<StoragePool> pools = model.protectionDomains().stream()
            .filter(pd -> domainOrNull == null || pd.id().equals(domainOrNull.id()))
            .flatMap(pd -> model.pools(pd.id()).stream()).toList();
        List<StoragePool> found = first(pools, p -> wanted.equalsIgnoreCase(p.id()), p -> wanted.equals(p.name()));
        if (found.isEmpty()) {
            throw CliException.notFound((domainOrNull == null ? "Gateway " + gateway.name()
                : "Protection domain " + domainOrNull.name()) + " has no storage pool named or with the id " + text
                + ". Its pools: " + names(pools.stream().map(StoragePool::name).toList()) + ".");
        }
        if (found.size() > 1) {
            throw CliException.usage("Several protection domains have a storage pool named " + text + " ("
                + names(found.stream().map(this::domainName).toList()) + "); choose one with --protection-domain.");
        }
        return found.getFirst();
    }

    String domainName(StoragePool pool) {
        return model.protectionDomain(pool.protectionDomainId()).map(ProtectionDomain::name).orElse(null);
    }

    /** The items that the first predicate with any match matches: an id before a name, a name before an IP. */
    @SafeVarargs
    private static <T> List<T> first(List<T> items, Predicate<T>... tests) {
        for (Predicate<T> test : tests) {
            List<T> matches = items.stream().filter(test).toList();
            if (!matches.isEmpty()) {
                return matches;
            }
        }
        return List.of();
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none" : names.stream().sorted(String.CASE_INSENSITIVE_ORDER)
            .collect(Collectors.joining(", "));
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
