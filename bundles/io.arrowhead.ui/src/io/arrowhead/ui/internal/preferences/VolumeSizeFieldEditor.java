package io.arrowhead.ui.internal.preferences;

import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import io.arrowhead.core.ConsolePreferences;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.scaleio.client.Sizes;

/**
 * The size the New Volume wizard starts with. The gateway allocates whole {@value Sizes#ALLOCATION_UNIT_GIB} GiB
 * units, so only multiples are taken: the default is then exactly the size a volume gets.
 */
final class VolumeSizeFieldEditor extends IntegerFieldEditor {

    VolumeSizeFieldEditor(Composite parent) {
        super(ConsolePreferences.DEFAULT_VOLUME_SIZE_GIB,
            NLS.bind(Messages.VolumeSizeFieldEditor_label, Sizes.ALLOCATION_UNIT_GIB), parent, 8);
        setValidRange(Sizes.ALLOCATION_UNIT_GIB, (int) VolumeRules.MAX_SIZE_GIB);
        setErrorMessage(NLS.bind(Messages.VolumeSizeFieldEditor_range, Sizes.ALLOCATION_UNIT_GIB,
            VolumeRules.MAX_SIZE_GIB));
    }

    @Override
    protected boolean checkState() {
        if (!super.checkState()) {
            return false;
        }
        if (Integer.parseInt(getTextControl().getText().strip()) % Sizes.ALLOCATION_UNIT_GIB != 0) {
            showErrorMessage();
            return false;
        }
        return true;
    }
}
