package io.arrowhead.demo.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.arrowhead.demo.Demo;

/** Throws the demo cluster's changes away and starts it afresh, in a job since it restarts the simulator. */
public final class ResetDemoHandler extends AbstractHandler {

    public static final String TITLE = Messages.ResetDemoHandler_title;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        MessageDialog dialog = new MessageDialog(HandlerUtil.getActiveShellChecked(event), TITLE, null,
            Messages.ResetDemoHandler_question, MessageDialog.QUESTION, 1, Messages.ResetDemoHandler_reset,
            IDialogConstants.CANCEL_LABEL);
        if (dialog.open() != 0) {
            return null;
        }
        Demo.open(true);
        return null;
    }
}
