package io.arrowhead.ui.internal.charts;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One horizontal stacked bar of a system's or pool's capacity, drawn through the same canvas as the live charts:
 * space in use (thick, thin, snapshots), spare and free, and for an over-provisioned thin pool the part claimed
 * beyond the physical capacity, drawn past the 100 % line. Its accessible name states the figures.
 */
public final class CapacityBar {

    private final String title;
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final StackedBarRenderer renderer = new StackedBarRenderer();
    private final CategoryPlot plot;
    private final ChartCanvas canvas;
    private List<CapacityPart> parts = List.of();
    private long totalKib;

    public CapacityBar(Composite parent, String title) {
        this.title = title;
        CategoryAxis category = new CategoryAxis();
        category.setVisible(false);
        NumberAxis size = ChartStyle.valueAxis(ChartUnit.KIB);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.6);
        plot = new CategoryPlot(dataset, category, size, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, parent.getDisplay());
        canvas = new ChartCanvas(parent, chart, this::accessibleName, () -> null);
    }

    /** Shows these parts of a capacity of totalKib; parts beyond it draw past the 100 % line. */
    public void setCapacity(List<CapacityPart> parts, long totalKib) {
        this.parts = List.copyOf(parts);
        this.totalKib = totalKib;
        dataset.setNotify(false);
        dataset.clear();
        for (int row = 0; row < this.parts.size(); row++) {
            CapacityPart part = this.parts.get(row);
            String key = NLS.bind(Messages.LiveChart_lineValue, part.label(), ChartUnit.KIB.format(part.kib()));
            dataset.addValue(part.kib(), key, title);
            renderer.setSeriesPaint(row, part.kind().paint(), false);
        }
        plot.clearRangeMarkers();
        if (sum(null) > totalKib && totalKib > 0) {
            ValueMarker physical = new ValueMarker(totalKib, ChartStyle.STATUS, SeriesRole.LIMIT.stroke());
            physical.setLabel(Messages.CapacityBar_physical);
            physical.setLabelFont(plot.getRangeAxis().getTickLabelFont());
            physical.setLabelPaint(ChartStyle.STATUS);
            physical.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
            physical.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            physical.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(physical, Layer.FOREGROUND);
        }
        dataset.setNotify(true);
        canvas.invalidate();
    }

    /** "sp-ssd-01 capacity: 1.2 TiB in use of 4 TiB, 2.1 TiB free, over-provisioned 150 %". */
    public String accessibleName() {
        if (parts.isEmpty()) {
            return NLS.bind(Messages.CapacityBar_nameEmpty, title);
        }
        String name = NLS.bind(Messages.CapacityBar_name, new Object[] {title,
            ChartUnit.KIB.format(sum(Boolean.TRUE)), ChartUnit.KIB.format(totalKib),
            ChartUnit.KIB.format(sum(CapacityKind.FREE))});
        if (sum(CapacityKind.OVERPROVISIONED) > 0 && totalKib > 0) {
            long percent = Math.round(100.0 * sum(null) / totalKib);
            name += NLS.bind(Messages.CapacityBar_overProvisioned, percent);
        }
        return name;
    }

    /** The canvas, for the caller to lay out (about 150 pixels high shows the bar, its axis and legend). */
    public Control getControl() {
        return canvas.control();
    }

    /** The JFreeChart drawn, for tests; change it only through this class. */
    public JFreeChart chart() {
        return canvas.chart();
    }

    /** The KiB of all parts (null), of the parts in use (TRUE), or of one kind. */
    private long sum(Object which) {
        return parts.stream().filter(part -> which == null || which == Boolean.TRUE && part.kind().inUse()
            || which == part.kind()).mapToLong(CapacityPart::kib).sum();
    }
}
