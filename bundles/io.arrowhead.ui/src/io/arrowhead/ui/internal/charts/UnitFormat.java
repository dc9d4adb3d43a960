package io.arrowhead.ui.internal.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * Axis tick labels in a chart's unit, and tick steps that fall on round figures of that unit: binary units step by
 * 1, 2, 5... 128, 256, 512 times a power of 1024, so that a bandwidth axis reads "0, 5 MiB/s, 10 MiB/s" and
 * not "19.5 MiB/s".
 */
final class UnitFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final int[] STEPS = {1, 2, 5};
    /** Steps within one binary unit: past 100 they halve the next unit, so ticks never read "2.4 TiB". */
    private static final int[] BINARY_STEPS = {1, 2, 5, 10, 20, 50, 100, 128, 256, 512};

    private final ChartUnit unit;

    UnitFormat(ChartUnit unit) {
        this.unit = unit;
    }

    /** Tick units for an axis of this unit, each labelled through {@link ChartUnit#format(double)}. */
    static TickUnits tickUnits(ChartUnit unit) {
        UnitFormat format = new UnitFormat(unit);
        TickUnits units = new TickUnits();
        if (unit.isBinary()) {
            addSteps(units, 0.1, format);
            for (int power = 0; power <= 5; power++) {
                double base = Math.pow(1024, power);
                for (int step : BINARY_STEPS) {
                    units.add(new NumberTickUnit(base * step, format));
                }
            }
        } else {
            double smallest = unit == ChartUnit.IOPS ? 1 : 0.1;
            for (double decade = smallest; decade <= 1e9; decade *= 10) {
                addSteps(units, decade, format);
            }
        }
        return units;
    }

    private static void addSteps(TickUnits units, double decade, UnitFormat format) {
        for (int step : STEPS) {
            units.add(new NumberTickUnit(decade * step, format));
        }
    }

    @Override
    public StringBuffer format(double number, StringBuffer target, FieldPosition position) {
        return target.append(unit.format(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer target, FieldPosition position) {
        return target.append(unit.format(number));
    }

    @Override
    public Number parse(String source, ParsePosition position) {
        return null;
    }
}
