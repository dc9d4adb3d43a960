package io.arrowhead.ui.internal.operations;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.OperationsLog;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.AccessibleNames;

/**
 * Every host operation from the operations log, running ones on top with their steps as they happen. A filter above
 * the table keeps the rows that contain its text; below it, the selected operation's steps and message. Open Log File
 * is on the toolbar, in the view menu and in the table's context menu, so the keyboard reaches it.
 */
public final class OperationsView extends ViewPart {

    private OperationsTable table;
    private OperationDetails details;
    private Text filter;
    /** Set on the UI thread once the log is loaded. */
    private OperationsFeed feed;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(top);
        filter = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        WidgetIds.set(filter, "operations.filter");
        filter.setMessage(Messages.Operations_filterHint);
        filter.setToolTipText(Messages.Operations_filter);
        AccessibleNames.name(filter, () -> Messages.Operations_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        table = new OperationsTable(top);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.viewer().getTable());
        details = new OperationDetails(sash);
        sash.setWeights(60, 40);

        filter.addModifyListener(e -> {
            table.filter(filter.getText());
            showSelected();
        });
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                e.doit = false;
                table.viewer().getTable().setFocus();
            }
        });
        table.viewer().addSelectionChangedListener(e -> showSelected());

        OpenLogFileAction openLog = new OpenLogFileAction(() -> getSite().getShell());
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(openLog);
        IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
        viewMenu.add(openLog);
        MenuManager contextMenu = new MenuManager();
        contextMenu.add(openLog);
        table.viewer().getTable().setMenu(contextMenu.createContextMenu(table.viewer().getTable()));

        // The first use of the log reads its file: not on the UI thread.
        Display display = parent.getDisplay();
        Job load = Job.create(Messages.Operations_loading, monitor -> {
            OperationsLog log = ArrowheadCore.operationsLog();
            display.asyncExec(() -> {
                if (!sash.isDisposed()) {
                    openLog.setFile(log.file());
                    feed = new OperationsFeed(log, display, this::show);
                    feed.start();
                }
            });
        });
        load.setSystem(true);
        load.schedule();
    }

    private void show(List<OperationRecord> records) {
        if (table.viewer().getTable().isDisposed()) {
            return;
        }
        table.show(records);
        showSelected();
    }

    /** The selected row's record as it is now, after the refresh that may have replaced it. */
    private void showSelected() {
        IStructuredSelection selection = table.viewer().getStructuredSelection();
        details.show(selection.getFirstElement() instanceof OperationRecord record ? record : null);
    }

    @Override
    public void setFocus() {
        table.viewer().getTable().setFocus();
    }

    @Override
    public void dispose() {
        if (feed != null) {
            feed.stop();
        }
        super.dispose();
    }

    TableViewer operations() {
        return table.viewer();
    }

    TableViewer steps() {
        return details.steps();
    }

    Text message() {
        return details.message();
    }

    Text filter() {
        return filter;
    }
}
