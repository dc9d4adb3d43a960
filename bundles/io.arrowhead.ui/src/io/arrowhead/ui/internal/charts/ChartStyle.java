package io.arrowhead.ui.internal.charts;

import java.awt.Color;
import java.awt.Font;

import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every chart shares: the desktop's font at its size (SWTGraphics2D turns AWT pixel sizes back into the
 * same points), a white plot with light grid lines, the legend at the bottom, and value axes in the chart's unit.
 */
final class ChartStyle {

    static final Color STATUS = new Color(0xb0, 0x3a, 0x2e);
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 200);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    static {
        useHeadlessAwt();
    }

    private ChartStyle() {
    }

    /**
     * JFreeChart measures text with AWT; headless keeps AWT from opening a display connection of its own. AWT reads
     * the setting once, on its first use, so every chart class calls this before it touches AWT.
     */
    static void useHeadlessAwt() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Applies the shared look to a new chart, sized to the display's font. */
    static void apply(JFreeChart chart, Display display) {
        FontData system = display.getSystemFont().getFontData()[0];
        float pixels = system.getHeight() * display.getDPI().y / 72f;
        String family = system.getName();
        StandardChartTheme theme = new StandardChartTheme("Arrowhead");
        theme.setExtraLargeFont(new Font(family, Font.BOLD, Math.round(pixels * 1.15f)));
        theme.setLargeFont(new Font(family, Font.BOLD, Math.round(pixels)));
        theme.setRegularFont(new Font(family, Font.PLAIN, Math.round(pixels)));
        theme.setSmallFont(new Font(family, Font.PLAIN, Math.round(pixels * 0.9f)));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        if (chart.getLegend() != null) {
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    /** A value axis in the unit, from zero up, with unit-aware ticks. */
    static NumberAxis valueAxis(ChartUnit unit) {
        NumberAxis axis = new NumberAxis(unit == ChartUnit.IOPS ? unit.symbol() : null);
        axis.setAutoRangeIncludesZero(true);
        axis.setStandardTickUnits(UnitFormat.tickUnits(unit));
        axis.setUpperMargin(0.1);
        return axis;
    }

    /** A line under the title for a status, such as the gateway not answering. */
    static TextTitle statusTitle(JFreeChart chart) {
        TextTitle status = new TextTitle("");
        status.setFont(chart.getTitle().getFont().deriveFont(Font.PLAIN));
        status.setPaint(STATUS);
        status.setVisible(false);
        return status;
    }
}
