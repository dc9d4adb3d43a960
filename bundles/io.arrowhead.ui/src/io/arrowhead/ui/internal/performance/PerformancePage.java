package io.arrowhead.ui.internal.performance;

import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.stats.Metric;
import io.arrowhead.ui.internal.charts.ChartUnit;
import io.arrowhead.ui.internal.charts.LiveChart;

/**
 * An editor's Performance page: IOPS and bandwidth of one object over time, read and write, with its QoS limits as
 * lines. It subscribes when first shown and ends its subscription with the editor.
 */
public final class PerformancePage extends FormPage {

    public static final String ID = "performance";

    private final PerformanceSubject subject;
    private final Supplier<String> name;
    private PerformanceFeed feed;

    public PerformancePage(FormEditor editor, PerformanceSubject subject, Supplier<String> name) {
        super(editor, ID, Messages.Page_performance);
        this.subject = subject;
        this.name = name;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        form.setText(NLS.bind(Messages.Page_title, name.get()));
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        Label interval = managedForm.getToolkit().createLabel(body, NLS.bind(Messages.Page_interval,
            ConsolePreferences.statisticsInterval().toSeconds(), subject.gateway().name()), SWT.WRAP);
        interval.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        feed = new PerformanceFeed(body.getDisplay(), subject.gateway());
        LiveChart iops = PerformanceFeed.chart(body, Messages.Chart_iops, ChartUnit.IOPS, "performance.iops", 260);
        feed.bindReadWrite(iops, subject.type(), subject.id(), Metric.READ_IOPS, Metric.WRITE_IOPS);
        LiveChart bandwidth = PerformanceFeed.chart(body, Messages.Chart_bandwidth, ChartUnit.KIB_PER_SECOND,
            "performance.bandwidth", 260);
        feed.bindReadWrite(bandwidth, subject.type(), subject.id(), Metric.READ_BANDWIDTH, Metric.WRITE_BANDWIDTH);
        feed.onTick(update -> {
            QosLimits limits = subject.limits().get();
            iops.setLimit(Messages.Line_qosLimit, limits.iops());
            bandwidth.setLimit(Messages.Line_qosLimit, limits.kibPerSecond());
        });
        QosLimits limits = subject.limits().get();
        iops.setLimit(Messages.Line_qosLimit, limits.iops());
        bandwidth.setLimit(Messages.Line_qosLimit, limits.kibPerSecond());
        feed.start();
    }

    @Override
    public void dispose() {
        if (feed != null) {
            feed.close();
        }
        super.dispose();
    }
}
