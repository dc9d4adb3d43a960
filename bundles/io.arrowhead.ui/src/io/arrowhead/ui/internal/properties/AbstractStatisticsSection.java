package io.arrowhead.ui.internal.properties;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;

import io.arrowhead.scaleio.client.Statistics;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.StatisticsLoader;
import io.arrowhead.ui.internal.StatisticsLoader.Outcome;
import io.arrowhead.ui.internal.StatisticsTarget;
import io.arrowhead.ui.internal.Formats;

/**
 * A key/value section whose values come from the gateway's statistics of the element. They are read in a job when
 * another element is shown, when its gateway reloads and on "Refresh"; meanwhile the status line says so.
 */
public abstract class AbstractStatisticsSection extends AbstractKeyValueSection {

    private StatisticsLoader loader;
    private Label status;
    private Hyperlink refreshLink;
    private StatisticsTarget shownTarget;
    private Statistics statistics;
    /** Figures shown again after a while are likely old; read them anew. */
    private boolean reloadWhenRefreshed;

    /** The values of the element, given its statistics or {@code null} while they are not loaded. */
    protected abstract void addRows(Object element, Statistics statistics, Rows rows);

    /** The object to read statistics of, or {@code null} when the section needs none for this element. */
    protected StatisticsTarget statisticsTarget(Object element) {
        return StatisticsTarget.of(element).orElse(null);
    }

    @Override
    protected void createHeader(Composite parent) {
        Composite line = getWidgetFactory().createComposite(parent);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        line.setLayout(layout);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status = getWidgetFactory().createLabel(line, "");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WidgetIds.set(status, widgetId() + Messages.Text_status);
        refreshLink = getWidgetFactory().createHyperlink(line, Messages.Text_refresh, SWT.NONE);
        refreshLink.setToolTipText(Messages.Text_readTheStatisticsFromTheGatewayAgain);
        WidgetIds.set(refreshLink, widgetId() + ".refresh");
        refreshLink.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                reload();
            }
        });
        loader = new StatisticsLoader(line, this::received);
    }

    @Override
    public void refresh() {
        StatisticsTarget target = statisticsTarget(element());
        boolean sameObject = target != null && target.sameObject(shownTarget);
        if (!sameObject) {
            shownTarget = target;
            statistics = null;
            refreshLink.setVisible(target != null);
            if (target == null) {
                loader.cancel();
                status.setText("");
            } else {
                status.setText(Messages.Text_loading);
                loader.load(target);
            }
        } else if (reloadWhenRefreshed) {
            reload();
        }
        reloadWhenRefreshed = false;
        render();
    }

    @Override
    public void aboutToBeShown() {
        super.aboutToBeShown();
        reloadWhenRefreshed = true;
    }

    @Override
    protected void gatewayChanged() {
        super.gatewayChanged();
        reload();
    }

    /** Reads the statistics again, keeping the values shown until the new ones arrive. */
    private void reload() {
        if (shownTarget != null) {
            status.setText(statistics == null ? Messages.Text_loading : Messages.Text_refreshing);
            loader.load(shownTarget);
        }
    }

    private void received(Outcome outcome) {
        switch (outcome) {
            case Outcome.Loaded loaded -> {
                statistics = loaded.statistics();
                status.setText(NLS.bind(Messages.Statistics_readAt, Formats.time(loaded.at())));
            }
            case Outcome.Failed failed -> status.setText(failed.message());
        }
        render();
    }

    private void render() {
        super.refresh();
        showExtras(element(), statistics);
    }

    /** Updates widgets besides the table after the rows were shown; nothing by default. */
    protected void showExtras(Object element, Statistics statistics) {
    }

    @Override
    protected final void addRows(Object element, Rows rows) {
        addRows(element, statistics, rows);
    }

    @Override
    public void dispose() {
        if (loader != null) {
            loader.cancel();
        }
        super.dispose();
    }
}
