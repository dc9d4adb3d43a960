package io.arrowhead.ui.internal.editors;

import org.eclipse.osgi.util.NLS;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.ui.WidgetIds;

/**
 * Asks for the name of a new snapshot of a volume, proposing one made of the volume's name and the time, and checks
 * it against the gateway's rules and the names in use as it is typed.
 */
public final class SnapshotNameDialog extends InputDialog {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    /** Separators at the end of the volume's name, which would double up with the suffix's own '-'. */
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[-_.:@+]+$");

    public SnapshotNameDialog(Shell shell, String volumeName, ClusterModel model) {
        super(shell, Messages.SnapshotNameDialog_title, NLS.bind(Messages.SnapshotNameDialog_message, volumeName),
            defaultName(volumeName, LocalDateTime.now()), text -> VolumeRules.nameProblem(text, model, null));
    }

    /**
     * A name such as {@code db01-snap-20240521-1430}. A long volume name is cut rather than the time, which keeps
     * names of snapshots taken at different times apart.
     */
    public static String defaultName(String volumeName, LocalDateTime now) {
        String suffix = "-snap-" + STAMP.format(now);
        int room = VolumeRules.MAX_NAME_LENGTH - suffix.length();
        String prefix = volumeName.length() > room ? volumeName.substring(0, room) : volumeName;
        return TRAILING_SEPARATORS.matcher(prefix).replaceAll("") + suffix;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Control area = super.createDialogArea(parent);
        WidgetIds.set(getText(), "takeSnapshot.name");
        return area;
    }
}
