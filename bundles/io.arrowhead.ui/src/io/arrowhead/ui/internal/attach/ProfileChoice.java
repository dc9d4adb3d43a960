package io.arrowhead.ui.internal.attach;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.StorageProfile;
import io.arrowhead.ui.WidgetIds;
import io.arrowhead.ui.internal.AccessibleNames;

/** The optional storage profile of an attach: "None" or one of the console's profiles, read from memory. */
final class ProfileChoice {

    private static final Object NONE = new Object();

    private ProfileChoice() {
    }

    /** A labelled combo in a two-column body; {@code chosen} hears each choice (null for none). */
    static ComboViewer create(Composite body, Consumer<StorageProfile> chosen) {
        Label label = new Label(body, SWT.NONE);
        label.setText(Messages.Attach_profile);
        ComboViewer viewer = new ComboViewer(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        WidgetIds.set(viewer.getCombo(), "attach.profile");
        AccessibleNames.labelledBy(viewer.getCombo(), label);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof StorageProfile profile ? describe(profile) : Messages.Attach_noProfile;
            }
        });
        List<Object> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(ArrowheadCore.storageProfiles().all());
        viewer.setInput(choices);
        viewer.setSelection(new StructuredSelection(NONE));
        viewer.addSelectionChangedListener(e -> chosen.accept(selected(viewer)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getCombo());
        return viewer;
    }

    /** The chosen profile, or null for none. */
    static StorageProfile selected(ComboViewer viewer) {
        return viewer.getStructuredSelection().getFirstElement() instanceof StorageProfile profile ? profile : null;
    }

    private static String describe(StorageProfile profile) {
        String iops = profile.iopsLimit() == 0 ? Messages.Attach_unlimited : Long.toString(profile.iopsLimit());
        String bandwidth = profile.bandwidthMibps() == 0 ? Messages.Attach_unlimited
            : Long.toString(profile.bandwidthMibps());
        return NLS.bind(Messages.Attach_profileChoice, new Object[] { profile.name(), iops, bandwidth });
    }
}
