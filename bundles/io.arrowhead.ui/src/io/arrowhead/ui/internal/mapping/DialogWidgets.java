package io.arrowhead.ui.internal.mapping;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.ui.WidgetIds;

/** The controls of the mapping dialog, each named for the tests by a widget id. */
final class DialogWidgets {

    private DialogWidgets() {
    }

    /** A read-only choice among the SDCs, a disconnected one marked as such. */
    static ComboViewer sdcCombo(Composite parent, List<Sdc> sdcs, String id) {
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        WidgetIds.set(viewer.getCombo(), id);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(LabelProvider.createTextProvider(o -> sdcText((Sdc) o)));
        viewer.setInput(sdcs);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(viewer.getControl());
        return viewer;
    }

    static Button button(Composite parent, int style, String label, String id) {
        Button button = WidgetIds.set(new Button(parent, style), id);
        button.setText(label);
        return button;
    }

    /** A label and a limit field, empty meaning unlimited. */
    static Text text(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = WidgetIds.set(new Text(parent, SWT.BORDER), id);
        text.setMessage(Messages.MapToSdc_unlimited);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    private static String sdcText(Sdc sdc) {
        String label = ClusterModel.sdcLabel(sdc);
        return sdc.isConnected() ? label : NLS.bind(Messages.MapToSdc_disconnected, label);
    }
}
