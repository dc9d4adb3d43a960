package io.arrowhead.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TreeItem;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ClusterOperations;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.MappingOptions;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * The demo cluster for the mapping tests: unmapped volumes to work on, mappings made through the console's own
 * jobs, and every volume a test touched unmapped again afterwards, since the demo is shared by all UI tests.
 */
final class MappingFixture {

    private final Console console;
    private final List<String> touched = new ArrayList<>();
    private GatewayConnection demo;
    private GatewayClient observer;

    MappingFixture(Console console) {
        this.console = console;
    }

    void open() {
        console.resetLayout();
        demo = console.demo();
        observer = console.observer();
    }

    void restore() throws InterruptedException {
        console.closeStrayShells();
        console.awaitGatewayJobs();
        List<Volume> volumes = touched.stream().map(id -> demo.model().volume(id)).flatMap(java.util.Optional::stream)
            .filter(Volume::isMapped).toList();
        if (!volumes.isEmpty()) {
            join(ClusterOperations.unmapVolumes(demo, volumes));
        }
        console.collapseNavigator();
        observer.close();
    }

    ClusterModel model() {
        return demo.model();
    }

    GatewayConnection demo() {
        return demo;
    }

    GatewayClient observer() {
        return observer;
    }

    String system() {
        return model().system().name();
    }

    /** The n-th unmapped volume (not a snapshot), remembered to be unmapped again after the test. */
    Volume unmappedVolume(int n) {
        Volume volume = model().allVolumes().stream().filter(v -> !v.isMapped() && !v.isSnapshot()).skip(n)
            .findFirst().orElseThrow();
        touched.add(volume.id());
        return volume;
    }

    /** Maps the volume to the SDCs through the console's job, so that the model follows. */
    void map(Volume volume, List<Sdc> sdcs) throws InterruptedException {
        for (Sdc sdc : sdcs) {
            Volume current = model().volume(volume.id()).orElseThrow();
            MappingOptions options = new MappingOptions(MappingOptions.defaultsFor(current).accessMode(), true, 0, 0);
            join(ClusterOperations.mapVolumes(demo, List.of(current), sdc, options));
        }
    }

    TreeItem volumeItem(Volume volume) {
        ClusterModel model = model();
        StoragePool pool = model.pool(volume.storagePoolId()).orElseThrow();
        String domain = model.protectionDomain(pool.protectionDomainId()).orElseThrow().name();
        return console.reveal("Demo", system(), "Protection Domains", domain, pool.name(), volume.name() + " ");
    }

    private static void join(Job job) throws InterruptedException {
        job.schedule();
        job.join();
        if (!job.getResult().isOK()) {
            throw new AssertionError(job.getResult().getMessage());
        }
    }
}
