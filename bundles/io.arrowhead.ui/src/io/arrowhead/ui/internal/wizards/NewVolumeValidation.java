package io.arrowhead.ui.internal.wizards;

import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.arrowhead.core.Units;
import io.arrowhead.core.VolumeRules;
import io.arrowhead.core.VolumeRules.CapacityCheck;
import io.arrowhead.scaleio.client.Capacity;

/**
 * Checks the {@link NewVolumePage} as the user types, with the gateway's own rules, and explains the size rounding
 * and the pool's free capacity. A thick volume that does not fit blocks Finish; over-provisioning only warns. Input
 * errors appear once the user has typed, so that the page does not open with a complaint.
 */
final class NewVolumeValidation {

    private final NewVolumePage page;
    private final Label rounding;
    private final Label capacityLine;
    private Capacity capacity;
    private boolean capacityLoading;
    private boolean touched;

    NewVolumeValidation(NewVolumePage page, Label rounding, Label capacityLine) {
        this.page = page;
        this.rounding = rounding;
        this.capacityLine = capacityLine;
    }

    void changed() {
        touched = true;
        validate();
    }

    void poolChanged(boolean hasPool) {
        capacity = null;
        capacityLoading = hasPool;
        validate();
    }

    void capacityLoaded(Capacity loaded) {
        capacity = loaded;
        capacityLoading = false;
        validate();
    }

    private void validate() {
        Long gib = null;
        String sizeProblem = null;
        try {
            gib = VolumeRules.parseSizeGib(page.sizeText());
        } catch (IllegalArgumentException e) {
            sizeProblem = e.getMessage();
        }
        rounding.setText(gib == null ? "" : roundingText(gib));
        CapacityCheck check = gib == null || capacityLoading || page.poolId() == null ? null
            : VolumeRules.capacityCheck(capacity, gib, page.volumeType());
        capacityLine.setText(capacityText(check));
        String locationProblem = locationProblem();
        String inputProblem = Stream.of(VolumeRules.nameProblem(page.volumeName(), page.connection().model(), null),
            sizeProblem, severity(check, CapacityCheck.Severity.ERROR)).filter(Objects::nonNull).findFirst()
            .orElse(null);
        String error = locationProblem != null ? locationProblem : inputProblem;
        page.setErrorMessage(locationProblem != null || touched ? error : null);
        page.setMessage(severity(check, CapacityCheck.Severity.WARNING), IMessageProvider.WARNING);
        page.setPageComplete(error == null);
        ((Composite) page.getControl()).layout(true, true);
    }

    private String locationProblem() {
        if (!page.hasPools()) {
            return "The gateway " + page.connection().name() + " has no storage pool.";
        }
        return page.poolId() == null ? "Choose a storage pool." : null;
    }

    private String capacityText(CapacityCheck check) {
        if (page.poolId() == null) {
            return "";
        }
        if (capacityLoading) {
            return "Checking the pool's free capacity…";
        }
        if (check != null) {
            return check.message();
        }
        Long available = capacity == null ? null : capacity.capacityAvailableForVolumeAllocationInKb();
        return available == null ? "The pool's free capacity is not known."
            : Units.formatKib(Math.max(0, available)) + " available for new volumes.";
    }

    private static String severity(CapacityCheck check, CapacityCheck.Severity severity) {
        return check != null && check.severity() == severity ? check.message() : null;
    }

    static String roundingText(long requestedGib) {
        long allocated = VolumeRules.allocatedGib(requestedGib);
        String text = "Allocated as " + Units.formatGib(allocated);
        return allocated == requestedGib ? text : text + " (sizes round up to 8 GiB)";
    }
}
