package io.arrowhead.ui.internal.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Draws each line as one path with at most four vertices per pixel column: the first point in the column, then its
 * lowest, highest and last. An hour of points at one a second on a plot narrower than 3,600 pixels looks the same
 * and costs far fewer vertices. A NaN value still breaks the line. Vertical plots only, as the live charts are.
 */
final class DecimatingLineRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    private transient boolean bucketOpen;
    private transient long column;
    private transient double columnX;
    private transient double firstY;
    private transient double lowestY;
    private transient double highestY;
    private transient double lastY;

    DecimatingLineRenderer() {
        super(true, false);
        setDrawSeriesLineAsPath(true);
    }

    @Override
    protected void drawPrimaryLineAsPath(XYItemRendererState state, Graphics2D g2, XYPlot plot, XYDataset dataset,
        int pass, int series, int item, ValueAxis domainAxis, ValueAxis rangeAxis, Rectangle2D dataArea) {
        State path = (State) state;
        if (item == state.getFirstItemIndex()) {
            bucketOpen = false;
        }
        double x = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, plot.getDomainAxisEdge());
        double y = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, plot.getRangeAxisEdge());
        if (Double.isNaN(x) || Double.isNaN(y)) {
            close(path);
            path.setLastPointGood(false);
        } else if (bucketOpen && (long) Math.floor(x) == column) {
            lowestY = Math.min(lowestY, y);
            highestY = Math.max(highestY, y);
            lastY = y;
        } else {
            close(path);
            if (path.isLastPointGood()) {
                path.seriesPath.lineTo(x, y);
            } else {
                path.seriesPath.moveTo(x, y);
            }
            path.setLastPointGood(true);
            bucketOpen = true;
            column = (long) Math.floor(x);
            columnX = x;
            firstY = lowestY = highestY = lastY = y;
        }
        if (item == state.getLastItemIndex()) {
            close(path);
            drawFirstPassShape(g2, pass, series, item, path.seriesPath);
        }
    }

    /** Ends the open column: a vertical stroke over its range, ending at its last point. */
    private void close(State path) {
        if (!bucketOpen) {
            return;
        }
        bucketOpen = false;
        if (lowestY == firstY && highestY == firstY) {
            return;
        }
        path.seriesPath.lineTo(columnX, lowestY);
        path.seriesPath.lineTo(columnX, highestY);
        path.seriesPath.lineTo(columnX, lastY);
    }
}
