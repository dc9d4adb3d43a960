package io.arrowhead.app.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.FrameworkUtil;

import io.arrowhead.ui.WidgetIds;

/** Product name, version, platform, and the component versions an operator quotes when asking for support. */
final class AboutArrowheadDialog extends Dialog {

    static final String TITLE = "About Arrowhead";
    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
    private static final ImageDescriptor LOGO =
        ResourceLocator.imageDescriptorFromBundle(AboutArrowheadDialog.class, "icons/about.png").orElseThrow();

    private final InstalledComponents components = new InstalledComponents();
    private final String version = FrameworkUtil.getBundle(AboutArrowheadDialog.class).getVersion().toString();
    private Image logo;

    AboutArrowheadDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 6).applyTo(area);

        logo = LOGO.createImage();
        Label image = new Label(area, SWT.NONE);
        image.setImage(logo);
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).span(1, 4).applyTo(image);

        Label name = new Label(area, SWT.NONE);
        name.setText("Arrowhead");
        name.setFont(JFaceResources.getHeaderFont());
        WidgetIds.set(label(area, "Version " + version), "about.version");
        label(area, "ScaleIO / PowerFlex block volumes as Docker storage.");
        label(area, InstalledComponents.javaDescription());

        Table table = createComponentTable(area);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(680, 280).applyTo(table.getParent());
        label(area, "Licensed under the Apache License, Version 2.0. Built on the Eclipse Rich Client Platform.")
            .setLayoutData(GridDataFactory.swtDefaults().span(2, 1).create());
        return area;
    }

    private Table createComponentTable(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        Table table = WidgetIds.set(new Table(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), "about.components");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headings = {"Component", "Bundle", "Version"};
        int[] weights = {34, 36, 30};
        for (int i = 0; i < headings.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headings[i]);
            columns.setColumnData(column, new ColumnWeightData(weights[i], 80));
        }
        for (InstalledComponents.Component component : components.list()) {
            new TableItem(table, SWT.NONE).setText(new String[] {component.name(), component.bundle(), component.version()});
        }
        table.deselectAll();
        return table;
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        return label;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, "&Copy Details", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    public void create() {
        super.create();
        // GTK selects the focused table's first row; start on Close instead, as Enter should dismiss the dialog.
        getButton(IDialogConstants.CLOSE_ID).setFocus();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] {components.supportText(version)},
                    new Transfer[] {TextTransfer.getInstance()});
            } finally {
                clipboard.dispose();
            }
        } else if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    public boolean close() {
        boolean closed = super.close();
        if (closed && logo != null) {
            logo.dispose();
        }
        return closed;
    }
}
