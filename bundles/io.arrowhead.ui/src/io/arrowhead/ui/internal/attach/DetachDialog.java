package io.arrowhead.ui.internal.attach;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.ui.WidgetIds;

/** Confirms a detach, with the option, off by default, to delete the ScaleIO volume afterwards. Detach is button 0. */
final class DetachDialog extends MessageDialog {

    private Button delete;
    private boolean deleteVolume;

    DetachDialog(Shell shell, String dockerVolume, String host) {
        super(shell, Messages.Detach_title, null, NLS.bind(Messages.Detach_confirm, dockerVolume, host), CONFIRM, 0,
            Messages.Detach_detach, IDialogConstants.CANCEL_LABEL);
    }

    boolean deleteVolume() {
        return deleteVolume;
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        delete = WidgetIds.set(new Button(parent, SWT.CHECK), "detach.deleteVolume");
        delete.setText(Messages.Detach_deleteVolume);
        delete.setSelection(false);
        return delete;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        deleteVolume = delete.getSelection();
        super.buttonPressed(buttonId);
    }
}
