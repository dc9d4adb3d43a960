package io.arrowhead.ui.internal.charts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/** What a live chart says to a screen reader: its title, each line's latest value, then its limit line if any. */
final class ChartSummary {

    private ChartSummary() {
    }

    /**
     * "System IOPS: read 12,300, write 4,100", with "…, QoS limit 500" when {@code limit} names one, or
     * "System IOPS: no data yet" before the first point.
     */
    static String of(String title, List<ChartLine> lines, ChartUnit unit, String limit) {
        List<String> values = new ArrayList<>();
        boolean anyPoint = false;
        for (ChartLine line : lines) {
            if (line.role() != SeriesRole.LIMIT) {
                double latest = line.latest();
                anyPoint |= line.series().getItemCount() > 0;
                String value = Double.isNaN(latest) ? Messages.LiveChart_noValue : unit.format(latest);
                values.add(NLS.bind(Messages.LiveChart_lineValue, line.label().toLowerCase(), value));
            }
        }
        if (anyPoint && limit != null) {
            values.add(limit);
        }
        String shown = anyPoint ? String.join(", ", values) : Messages.LiveChart_noData;
        return NLS.bind(Messages.LiveChart_name, title, shown);
    }
}
