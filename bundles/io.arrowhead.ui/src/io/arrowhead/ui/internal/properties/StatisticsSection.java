package io.arrowhead.ui.internal.properties;

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
        COUNTS.put("numOfMappedSdcs", "Mapped SDCs");
        COUNTS.put("numOfMappedVolumes", "Mapped volumes");
        COUNTS.put("numOfChildVolumes", "Child volumes");
        COUNTS.put("numOfDescendantVolumes", "Descendant volumes");
        COUNTS.put("numOfProtectionDomains", "Protection domains");
        COUNTS.put("numOfStoragePools", "Storage pools");
        COUNTS.put("numOfFaultSets", "Fault sets");
        COUNTS.put("numOfSds", "SDSs");
        COUNTS.put("numOfSdc", "SDCs");
        COUNTS.put("numOfDevices", "Devices");
        COUNTS.put("numOfVolumes", "Volumes");
        COUNTS.put("numOfSnapshots", "Snapshots");
        COUNTS.put("numOfThinBaseVolumes", "Thin base volumes");
        COUNTS.put("numOfThickBaseVolumes", "Thick base volumes");
        COUNTS.put("numOfUnmappedVolumes", "Unmapped volumes");
        COUNTS.put("numOfVtrees", "VTrees");
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
        String suffix = frontEnd ? "" : " (back-end)";
        addTraffic("Read", statistics.bwc(prefix + "ReadBwc"), suffix, rows);
        addTraffic("Write", statistics.bwc(prefix + "WriteBwc"), suffix, rows);
        COUNTS.forEach((name, label) -> rows.addIfPresent(label, statistics.longValue(name)));
    }

    private static void addTraffic(String direction, Bwc bwc, String suffix, Rows rows) {
        if (bwc == null) {
            return;
        }
        rows.add(direction + " IOPS" + suffix, Formats.decimal(bwc.iops()))
            .add(direction + " bandwidth" + suffix, Units.formatKbPerSecond(Math.round(bwc.kbPerSecond())))
            .add("Average " + direction.toLowerCase() + " size" + suffix,
                bwc.numOccured() == 0 ? Formats.NONE : Units.formatKib(Math.round(bwc.averageIoSizeKb())));
    }
}
