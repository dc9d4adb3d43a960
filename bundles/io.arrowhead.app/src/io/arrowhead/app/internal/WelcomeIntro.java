package io.arrowhead.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.IntroPart;

import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.navigator.AddGatewayCommand;

/**
 * The welcome page: what Arrowhead is, where the demo cluster is, how to add a gateway and work with volumes. Plain
 * labels and links, so that a screen reader reads it and Tab reaches each link; the workbench shows it on the first
 * start and Help > Welcome shows it again.
 */
public final class WelcomeIntro extends IntroPart {

    /** The width at which the text wraps, in characters of the dialog font: a comfortable line to read. */
    private static final int LINE_CHARACTERS = 90;

    /** The page's left and right margins, in pixels. */
    private static final int MARGIN = 32;

    private final List<Control> wrapped = new ArrayList<>();
    private ScrolledComposite scroller;
    private Composite page;
    private Link addGateway;

    @Override
    public void createPartControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        page = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(MARGIN, 24).spacing(0, 14).applyTo(page);

        Label title = new Label(page, SWT.NONE);
        title.setText(Messages.Welcome_title);
        title.setFont(JFaceResources.getHeaderFont());
        paragraph(page, Messages.Welcome_about);
        paragraph(page, Messages.Welcome_explorer);
        addGateway = link(page, Messages.Welcome_addGateway, "welcome.addGateway");
        addGateway.addListener(SWT.Selection, e -> AddGatewayCommand.run(getIntroSite()));
        paragraph(page, Messages.Welcome_volumes);
        link(page, Messages.Welcome_start, "welcome.close").addListener(SWT.Selection, e -> close());

        scroller.setContent(page);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> wrapToWidth());
        wrapToWidth();
    }

    /** Wraps the text at a comfortable line length, or at the view's width when it is narrower, as in standby. */
    private void wrapToWidth() {
        int available = scroller.getClientArea().width - 2 * MARGIN;
        for (Control control : wrapped) {
            int comfortable = new PixelConverter(control).convertWidthInCharsToPixels(LINE_CHARACTERS);
            int width = available > 0 ? Math.min(comfortable, available) : comfortable;
            GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(control);
        }
        page.layout(true, true);
        scroller.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void paragraph(Composite page, String text) {
        Label label = new Label(page, SWT.WRAP);
        label.setText(text);
        wrap(label);
    }

    private Link link(Composite page, String text, String id) {
        Link link = WidgetIds.set(new Link(page, SWT.WRAP), id);
        link.setText(text);
        wrap(link);
        return link;
    }

    private void wrap(Control control) {
        wrapped.add(control);
    }

    private void close() {
        PlatformUI.getWorkbench().getIntroManager().closeIntro(this);
    }

    @Override
    public void standbyStateChanged(boolean standby) {
        // One page for both states: it is short and wraps to the narrow standby view.
    }

    @Override
    public void setFocus() {
        addGateway.setFocus();
    }
}
