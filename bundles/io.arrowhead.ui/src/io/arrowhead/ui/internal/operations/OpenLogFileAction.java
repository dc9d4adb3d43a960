package io.arrowhead.ui.internal.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Opens the operations log file with the program the system associates with it, or its folder when none is. The
 * console ships no text editor, so the system's programs are the way to read the raw file; when even the folder
 * cannot be opened, a dialog says where the file is.
 */
final class OpenLogFileAction extends Action {

    private final Supplier<Shell> shell;
    private Path file;

    /** Disabled until {@link #setFile} says where the log is. */
    OpenLogFileAction(Supplier<Shell> shell) {
        super(Messages.Operations_openLog);
        this.shell = shell;
        setEnabled(false);
        setToolTipText(Messages.Operations_openLogTooltip);
        setId("io.arrowhead.ui.operations.openLog");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
            .getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
    }

    void setFile(Path logFile) {
        file = logFile;
        setEnabled(true);
    }

    @Override
    public void run() {
        if (file == null) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            MessageDialog.openInformation(shell.get(), Messages.Operations_openLog,
                NLS.bind(Messages.Operations_noLogYet, file));
            return;
        }
        if (!Program.launch(file.toString()) && !Program.launch(file.getParent().toString())) {
            MessageDialog.openWarning(shell.get(), Messages.Operations_openLog,
                NLS.bind(Messages.Operations_openFailed, file.getFileName(), file.getParent()));
        }
    }
}
