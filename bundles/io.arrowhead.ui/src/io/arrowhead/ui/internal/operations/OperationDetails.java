package io.arrowhead.ui.internal.operations;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.AccessibleNames;

/** The selected operation: its steps with outcome, detail and duration, and the message it ended with. */
final class OperationDetails {

    private final SashForm sash;
    private final TableViewer steps;
    private final Text message;

    OperationDetails(Composite parent) {
        sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite stepsArea = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(stepsArea);
        steps = new TableViewer(stepsArea, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL
            | SWT.H_SCROLL);
        Table table = steps.getTable();
        WidgetIds.set(table, "operations.steps");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        AccessibleNames.name(table, () -> Messages.Operations_steps);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        column(Messages.Operations_step, 260, step -> step.name());
        column(Messages.Operations_stepOutcome, 110, OperationTexts::stepOutcome);
        column(Messages.Operations_detail, 220, step -> step.detail());
        column(Messages.Operations_duration, 80, step -> OperationTexts.duration(step.duration()));
        steps.setContentProvider(ArrayContentProvider.getInstance());
        steps.setInput(List.of());

        message = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        WidgetIds.set(message, "operations.message");
        message.setToolTipText(Messages.Operations_message);
        AccessibleNames.name(message, () -> Messages.Operations_message);
        sash.setWeights(65, 35);
    }

    Composite control() {
        return sash;
    }

    /** Shows the operation's steps and message, or nothing for {@code null}. */
    void show(OperationRecord record) {
        steps.setInput(record == null ? List.of() : record.steps());
        String text = record == null ? "" : record.message();
        if (!text.equals(message.getText())) {
            message.setText(text);
        }
    }

    TableViewer steps() {
        return steps;
    }

    Text message() {
        return message;
    }

    private void column(String title, int width, Function<StepRecord, String> text) {
        TableViewerColumn column = new TableViewerColumn(steps, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((StepRecord) element);
            }
        });
    }
}
