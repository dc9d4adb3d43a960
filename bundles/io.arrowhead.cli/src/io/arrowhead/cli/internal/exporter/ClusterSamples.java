package io.arrowhead.cli.internal.exporter;

import static io.arrowhead.cli.internal.exporter.ExporterMetric.*;

import java.util.List;
import java.util.Map;

import io.arrowhead.cli.internal.stats.StatisticsReading;
import io.arrowhead.cli.internal.stats.VolumeSelection;
import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.core.stats.Performance;
import io.arrowhead.scaleio.client.Capacity;
import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.prometheus.metrics.model.snapshots.Labels;

/**
 * Turns one gateway's statistics answer into data points: capacities and per-second figures of the system, each pool,
 * the chosen volumes and each SDC, labelled with names and ids from the cached cluster model.
 */
final class ClusterSamples {

    private ClusterSamples() {
    }

    static void add(Samples samples, StatisticsReading reading, VolumeSelection volumes) {
        ClusterModel model = reading.model();
        Labels system = Labels.of("gateway", reading.gateway().name(), "system", reading.systemName(), "system_id",
            reading.systemId());
        capacity(samples, system, reading.systemCapacity(), SYSTEM_CAPACITY_MAX);
        performance(samples, system, reading.system(), SYSTEM_IOPS);

        Map<String, Performance> pools = reading.performance(ObjectType.STORAGE_POOL);
        for (ProtectionDomain domain : model.protectionDomains()) {
            Labels inDomain = system.merge(new String[] { "protection_domain", "protection_domain_id" },
                new String[] { text(domain.name()), domain.id() });
            for (StoragePool pool : model.pools(domain.id())) {
                Labels labels = pool(inDomain, pool);
                capacity(samples, labels, reading.poolCapacity(pool.id()), POOL_CAPACITY_MAX);
                performance(samples, labels, pools.get(pool.id()), POOL_IOPS);
            }
        }

        if (volumes.any()) {
            Map<String, Performance> figures = reading.performance(ObjectType.VOLUME);
            for (Volume volume : reading.volumes(volumes, figures)) {
                Labels labels = volume(system, model, volume);
                samples.add(VOLUME_SIZE, labels, volume.sizeInKb() * 1024d);
                performance(samples, labels, figures.get(volume.id()), VOLUME_IOPS);
            }
        }

        Map<String, Performance> sdcs = reading.performance(ObjectType.SDC);
        for (Sdc sdc : model.sdcs()) {
            Labels labels = system.merge(new String[] { "sdc", "sdc_id" },
                new String[] { text(ClusterModel.sdcLabel(sdc)), sdc.id() });
            List<Volume> mapped = model.volumesMappedTo(sdc.id());
            samples.add(SDC_MAPPED_VOLUMES, labels, mapped.size());
            samples.add(SDC_MAPPED_SIZE, labels, mapped.stream().mapToLong(Volume::sizeInKb).sum() * 1024d);
            performance(samples, labels, sdcs.get(sdc.id()), SDC_IOPS);
        }
    }

    private static Labels pool(Labels inDomain, StoragePool pool) {
        return inDomain.merge(new String[] { "pool", "pool_id" }, new String[] { text(pool.name()), pool.id() });
    }

    private static Labels volume(Labels system, ClusterModel model, Volume volume) {
        StoragePool pool = model.pool(volume.storagePoolId()).orElse(null);
        ProtectionDomain domain = pool == null ? null
            : model.protectionDomain(pool.protectionDomainId()).orElse(null);
        return system.merge(
            new String[] { "protection_domain", "protection_domain_id", "pool", "pool_id", "volume", "volume_id" },
            new String[] { domain == null ? "" : text(domain.name()), domain == null ? "" : domain.id(),
                pool == null ? "" : text(pool.name()), text(volume.storagePoolId()), text(volume.name()),
                volume.id() });
    }

    /** The five capacity metrics, which follow {@code first} in {@link ExporterMetric}'s order. */
    private static void capacity(Samples samples, Labels labels, Capacity capacity, ExporterMetric first) {
        if (capacity == null) {
            return;
        }
        ExporterMetric[] all = ExporterMetric.values();
        int at = first.ordinal();
        samples.addKib(all[at], labels, capacity.maxCapacityInKb());
        samples.addKib(all[at + 1], labels, capacity.spareCapacityInKb());
        samples.addKib(all[at + 2], labels, capacity.capacityInUseInKb());
        samples.addKib(all[at + 3], labels, capacity.unusedCapacityInKb());
        samples.addKib(all[at + 4], labels, capacity.capacityAvailableForVolumeAllocationInKb());
    }

    /** IOPS, bandwidth and latency, read and write; they follow {@code iops} in {@link ExporterMetric}'s order. */
    private static void performance(Samples samples, Labels labels, Performance figures, ExporterMetric iops) {
        if (figures == null) {
            return;
        }
        ExporterMetric[] all = ExporterMetric.values();
        Labels read = labels.add("direction", "read");
        Labels write = labels.add("direction", "write");
        samples.add(iops, read, figures.value(Metric.READ_IOPS));
        samples.add(iops, write, figures.value(Metric.WRITE_IOPS));
        samples.add(all[iops.ordinal() + 1], read, figures.value(Metric.READ_BANDWIDTH) * 1024);
        samples.add(all[iops.ordinal() + 1], write, figures.value(Metric.WRITE_BANDWIDTH) * 1024);
        samples.add(all[iops.ordinal() + 2], read, figures.value(Metric.READ_LATENCY) / 1000);
        samples.add(all[iops.ordinal() + 2], write, figures.value(Metric.WRITE_LATENCY) / 1000);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
