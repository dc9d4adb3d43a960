package io.arrowhead.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.VolumeFamily;
import io.arrowhead.scaleio.client.RemoveMode;
import io.arrowhead.scaleio.client.model.MappedSdcInfo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.WidgetIds;

/**
 * Asks before volumes are deleted, in one of three ways. Mapped volumes cannot be deleted while hosts use them, so
 * the dialog names them and offers to unmap them first. Volumes with snapshots let the user choose whether the
 * snapshots go too. Otherwise it is a plain confirmation, which the preferences can turn off.
 */
public final class DeleteVolumesDialog extends MessageDialog {

    public static final String TITLE = Messages.DeleteVolumesDialog_title;
    public static final String MAPPED_TITLE = Messages.DeleteVolumesDialog_mappedTitle;
    public static final String UNMAP_AND_DELETE = Messages.DeleteVolumesDialog_unmapAndDelete;
    public static final String DELETE = Messages.DeleteVolumesDialog_delete;

    private final boolean offerModes;
    private final boolean plural;
    private final int mappedSnapshots;
    private RemoveMode mode = RemoveMode.INCLUDING_DESCENDANTS;

    /**
     * What the user chose: how to remove, whether to unmap the volumes first, and which of their snapshots must be
     * unmapped before, since the gateway removes nothing of a tree that has a mapped member.
     */
    public record Choice(RemoveMode mode, boolean unmapFirst, List<Volume> unmapSnapshots) {
    }

    private DeleteVolumesDialog(Shell shell, String title, String message, int kind, boolean offerModes,
        boolean plural, int mappedSnapshots, String action, int defaultIndex) {
        super(shell, title, null, message, kind, defaultIndex, action, IDialogConstants.CANCEL_LABEL);
        this.offerModes = offerModes;
        this.plural = plural;
        this.mappedSnapshots = mappedSnapshots;
    }

    /**
     * Asks about deleting volumes of one gateway; empty when the user cancelled.
     *
     * @param confirm whether a plain deletion, without mappings or snapshots, is confirmed too
     */
    public static Optional<Choice> ask(Shell shell, ClusterModel model, List<Volume> volumes, boolean confirm) {
        List<Volume> mapped = volumes.stream().filter(Volume::isMapped).toList();
        List<Volume> withSnapshots = volumes.stream().filter(v -> hasSnapshots(model, v)).toList();
        List<Volume> mappedSnapshots = VolumeFamily.mappedDescendants(model, volumes);
        boolean plural = volumes.size() > 1;
        int snapshotCount = mappedSnapshots.size();
        DeleteVolumesDialog dialog;
        if (!mapped.isEmpty()) {
            String message = NLS.bind(mapped.size() == 1 ? Messages.DeleteVolumesDialog_mappedOne
                : Messages.DeleteVolumesDialog_mappedSeveral,
                bullets(mapped.stream().map(v -> withSdcs(model, v)).toList()),
                plural ? Messages.DeleteVolumesDialog_theVolumes : Messages.DeleteVolumesDialog_it);
            dialog = new DeleteVolumesDialog(shell, MAPPED_TITLE, message, WARNING, !withSnapshots.isEmpty(), plural,
                snapshotCount, UNMAP_AND_DELETE, 1);
        } else if (!withSnapshots.isEmpty()) {
            String message = NLS.bind(plural ? Messages.DeleteVolumesDialog_withSnapshotsSeveral
                : Messages.DeleteVolumesDialog_withSnapshotsOne, volumes.size(),
                bullets(volumes.stream().map(v -> withSnapshotCount(model, v)).toList()));
            dialog = new DeleteVolumesDialog(shell, TITLE, message, QUESTION, true, plural, snapshotCount, DELETE, 0);
        } else if (confirm) {
            String message = NLS.bind(plural ? Messages.DeleteVolumesDialog_confirmSeveral
                : Messages.DeleteVolumesDialog_confirmOne, volumes.size(),
                bullets(volumes.stream().map(Volume::name).toList()));
            dialog = new DeleteVolumesDialog(shell, TITLE, message, QUESTION, false, plural, 0, DELETE, 0);
        } else {
            return Optional.of(new Choice(RemoveMode.ONLY_ME, false, List.of()));
        }
        if (dialog.open() != 0) {
            return Optional.empty();
        }
        RemoveMode chosen = dialog.offerModes ? dialog.mode : RemoveMode.ONLY_ME;
        return Optional.of(new Choice(chosen, !mapped.isEmpty(),
            chosen == RemoveMode.INCLUDING_DESCENDANTS ? mappedSnapshots : List.of()));
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        if (!offerModes) {
            return null;
        }
        Composite modes = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 0).applyTo(modes);
        String unmapNote = mappedSnapshots == 0 ? "" : NLS.bind(mappedSnapshots == 1
            ? Messages.DeleteVolumesDialog_unmapsOne : Messages.DeleteVolumesDialog_unmapsSeveral, mappedSnapshots);
        modeButton(modes, NLS.bind(plural ? Messages.DeleteVolumesDialog_withSnapshotsModeSeveral
            : Messages.DeleteVolumesDialog_withSnapshotsModeOne, unmapNote),
            RemoveMode.INCLUDING_DESCENDANTS, "delete.withSnapshots").setSelection(true);
        modeButton(modes, plural ? Messages.DeleteVolumesDialog_onlyVolumesMode
            : Messages.DeleteVolumesDialog_onlyVolumeMode,
            RemoveMode.ONLY_ME, "delete.onlyVolume");
        return modes;
    }

    private Button modeButton(Composite parent, String label, RemoveMode value, String id) {
        Button button = WidgetIds.set(new Button(parent, SWT.RADIO), id);
        button.setText(label);
        button.addListener(SWT.Selection, e -> {
            if (button.getSelection()) {
                mode = value;
            }
        });
        return button;
    }

    private static boolean hasSnapshots(ClusterModel model, Volume volume) {
        return model != null && !model.snapshots(volume.id()).isEmpty();
    }

    private static String withSdcs(ClusterModel model, Volume volume) {
        return NLS.bind(Messages.DeleteVolumesDialog_mappedTo, volume.name(), volume.mappedSdcInfo().stream()
            .map(m -> sdcName(model, m)).collect(Collectors.joining(", ")));
    }

    private static String sdcName(ClusterModel model, MappedSdcInfo mapping) {
        if (mapping.sdcName() != null && !mapping.sdcName().isBlank()) {
            return mapping.sdcName();
        }
        return Optional.ofNullable(model).flatMap(m -> m.sdc(mapping.sdcId())).map(ClusterModel::sdcLabel)
            .orElse(mapping.sdcIp() != null ? mapping.sdcIp() : mapping.sdcId());
    }

    private static String withSnapshotCount(ClusterModel model, Volume volume) {
        int count = model == null ? 0 : model.snapshots(volume.id()).size();
        return count == 0 ? volume.name() : NLS.bind(count == 1 ? Messages.DeleteVolumesDialog_snapshotCountOne
            : Messages.DeleteVolumesDialog_snapshotCountSeveral, volume.name(), count);
    }

    /** Up to ten names, one a line, then how many more. */
    static String bullets(List<String> lines) {
        int shown = Math.min(lines.size(), 10);
        String list = lines.subList(0, shown).stream().map(line -> NLS.bind(Messages.DeleteVolumesDialog_bullet, line))
            .collect(Collectors.joining("\n"));
        return lines.size() > shown ? list + NLS.bind(Messages.DeleteVolumesDialog_more, lines.size() - shown) : list;
    }
}
