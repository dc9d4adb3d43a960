package io.arrowhead.ui;

/** Ids of the views that make up the console, for perspectives and tests. */
public final class ArrowheadViews {

    /** The Common Navigator view that holds Gateways and everything under them. */
    public static final String NAVIGATOR = "io.arrowhead.ui.navigator";

    /** Every host operation (attach, detach, move) from the operations log, with running ones' steps live. */
    public static final String OPERATIONS = "io.arrowhead.ui.views.operations";

    /** The Error Log of org.eclipse.ui.views.log, which keeps its PDE-era id. */
    public static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

    /** The workbench Progress view, where every Job of the console reports. */
    public static final String PROGRESS = "org.eclipse.ui.views.ProgressView";

    private ArrowheadViews() {
    }
}
