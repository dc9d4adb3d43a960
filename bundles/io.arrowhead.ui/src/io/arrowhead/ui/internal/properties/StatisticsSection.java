package io.arrowhead.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

import java.util.LinkedHashMap;
import java.util.Map;

import io.arrowhead.core.Units;
import io.arrowhead.scaleio.client.Bwc;
import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.ui.internal.Formats;

/** The Statistics tab: current I/O rates and object counts from the gateway's statistics. */
public final class StatisticsSection extends AbstractStatisticsSection {

    /** The counts worth showing, by statistic name; each appears only for objects whose statistics have it. */
    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("numOfMappedSdcs", Messages.Text_mappedSDCs);
        COUNTS.put("numOfMappedVolumes", Messages.Text_mappedVolumes);
        COUNTS.put("numOfChildVolumes", Messages.Text_childVolumes);
        COUNTS.put("numOfDescendantVolumes", Messages.Text_descendantVolumes);
        COUNTS.put("numOfProtectionDomains", Messages.Text_protectionDomains);
        COUNTS.put("numOfStoragePools", Messages.Text_storagePools);
        COUNTS.put("numOfFaultSets", Messages.Text_faultSets);
        COUNTS.put("numOfSds", Messages.Text_sdss);
        COUNTS.put("numOfSdc", Messages.Text_sdcs);
        COUNTS.put("numOfDevices", Messages.Text_devices);
        COUNTS.put("numOfVolumes", Messages.Text_volumes);
        COUNTS.put("numOfSnapshots", Messages.Text_snapshots);
        COUNTS.put("numOfThinBaseVolumes", Messages.Text_thinBaseVolumes);
        COUNTS.put("numOfThickBaseVolumes", Messages.Text_thickBaseVolumes);
        COUNTS.put("numOfUnmappedVolumes", Messages.Text_unmappedVolumes);
        COUNTS.put("numOfVtrees", Messages.Text_vtrees);
    }

    @Override
    protected String widgetId() {
        return "properties.statistics";
    }

    @Override
    protected void addRows(Object element, Statistics statistics, Rows rows) {
        if (statistics == null) {
            return;
        }
        // front-end traffic is what hosts see; storage-side objects may only count back-end (primary) I/O
        boolean frontEnd = statistics.bwc("userDataReadBwc") != null || statistics.bwc("userDataWriteBwc") != null;
        String prefix = frontEnd ? "userData" : "primary";
        String suffix = frontEnd ? "" : Messages.Statistics_backEnd;
        addTraffic(Messages.Statistics_read, statistics.bwc(prefix + "ReadBwc"), suffix, rows);
        addTraffic(Messages.Statistics_write, statistics.bwc(prefix + "WriteBwc"), suffix, rows);
        COUNTS.forEach((name, label) -> {
            if (name.equals("numOfVolumes")) {
                addVolumes(statistics, rows);
            } else {
                rows.addIfPresent(label, statistics.longValue(name));
            }
        });
    }

    /** numOfVolumes counts snapshots too (GATEWAY-API.md §4.3); without them it is what the tree and General show. */
    private static void addVolumes(Statistics statistics, Rows rows) {
        Long all = statistics.longValue("numOfVolumes");
        Long snapshots = statistics.longValue("numOfSnapshots");
        if (all != null && snapshots != null) {
            rows.add(Messages.Text_volumes, all - snapshots);
        } else {
            rows.addIfPresent(Messages.Text_volumesAndSnapshots, all);
        }
    }

    private static void addTraffic(String direction, Bwc bwc, String suffix, Rows rows) {
        if (bwc == null) {
            return;
        }
        rows.add(NLS.bind(Messages.Statistics_iops, direction, suffix), Formats.decimal(bwc.iops()))
            .add(NLS.bind(Messages.Statistics_bandwidth, direction, suffix),
                Formats.kibPerSecond(Math.round(bwc.kbPerSecond())))
            .add(NLS.bind(Messages.Statistics_averageSize, direction.toLowerCase(), suffix),
                bwc.numOccured() == 0 ? Formats.NONE : Units.formatKib(Math.round(bwc.averageIoSizeKb())));
    }
}
