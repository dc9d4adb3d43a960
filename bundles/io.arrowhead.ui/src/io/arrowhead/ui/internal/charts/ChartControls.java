package io.arrowhead.ui.internal.charts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The controls of a live chart, as a tool bar above it and the same actions in its context menu: the time window,
 * pause and resume, and the exports. Keys on the focused chart: Space pauses or resumes; 1, 5, F and H choose a
 * window of 1, 5, 15 or 60 minutes; + and - widen and narrow it.
 */
final class ChartControls {

    private final LiveChart chart;
    private final Composite body;
    private final List<IAction> windowActions = new ArrayList<>();
    private final IAction pause;
    private final ToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
    private final MenuManager menu = new MenuManager();

    ChartControls(Composite parent, LiveChart chart) {
        this.chart = chart;
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(body);
        String[] names = {Messages.LiveChart_window1, Messages.LiveChart_window5, Messages.LiveChart_window15,
            Messages.LiveChart_window60};
        for (int i = 0; i < names.length; i++) {
            Duration length = TimeWindow.CHOICES.get(i);
            windowActions.add(action(names[i], IAction.AS_RADIO_BUTTON, () -> chart.setWindow(length)));
        }
        pause = action(Messages.LiveChart_pause, IAction.AS_PUSH_BUTTON, () -> chart.setPaused(!chart.isPaused()));
        IAction csv = action(Messages.LiveChart_exportCsv, IAction.AS_PUSH_BUTTON, () -> ChartExport.askCsv(chart));
        IAction png = action(Messages.LiveChart_exportPng, IAction.AS_PUSH_BUTTON, () -> ChartExport.askPng(chart));
        for (IContributionManager target : List.<IContributionManager>of(toolBar, menu)) {
            windowActions.forEach(target::add);
            target.add(new Separator());
            target.add(pause);
            target.add(new Separator());
            target.add(csv);
            target.add(png);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(toolBar.createControl(body));
    }

    /** The composite that holds the tool bar and the chart. */
    Composite body() {
        return body;
    }

    /** Lays out the chart's canvas below the tool bar and gives it the menu and keys. */
    void attach(ChartCanvas canvas) {
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 220).applyTo(canvas.control());
        canvas.control().setMenu(menu.createContextMenu(canvas.control()));
        canvas.control().addListener(SWT.KeyDown, this::key);
    }

    /** Shows the chart's window and pause state on the controls. */
    void update() {
        for (int i = 0; i < windowActions.size(); i++) {
            windowActions.get(i).setChecked(TimeWindow.CHOICES.get(i).equals(chart.window()));
        }
        pause.setText(chart.isPaused() ? Messages.LiveChart_resume : Messages.LiveChart_pause);
    }

    private void key(Event event) {
        int index = TimeWindow.CHOICES.indexOf(chart.window());
        switch (Character.toLowerCase(event.character)) {
            case ' ' -> chart.setPaused(!chart.isPaused());
            case '1' -> chart.setWindow(TimeWindow.CHOICES.get(0));
            case '5' -> chart.setWindow(TimeWindow.CHOICES.get(1));
            case 'f' -> chart.setWindow(TimeWindow.CHOICES.get(2));
            case 'h' -> chart.setWindow(TimeWindow.CHOICES.get(3));
            case '+' -> chart.setWindow(TimeWindow.CHOICES.get(Math.min(index + 1, TimeWindow.CHOICES.size() - 1)));
            case '-' -> chart.setWindow(TimeWindow.CHOICES.get(Math.max(index - 1, 0)));
            default -> {
                return;
            }
        }
        event.doit = false;
    }

    private static IAction action(String text, int style, Runnable run) {
        return new Action(text, style) {
            @Override
            public void run() {
                // A radio action also runs when it is unchecked by its neighbour; only the checked one acts.
                if (getStyle() != AS_RADIO_BUTTON || isChecked()) {
                    run.run();
                }
            }
        };
    }
}
