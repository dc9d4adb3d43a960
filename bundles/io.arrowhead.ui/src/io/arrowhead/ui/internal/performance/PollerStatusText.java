package io.arrowhead.ui.internal.performance;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.stats.PollerStatus;
import io.arrowhead.ui.internal.Formats;

/** What a chart says about its gateway's statistics poller; {@code null} while it simply runs. */
final class PollerStatusText {

    private PollerStatusText() {
    }

    static String of(PollerStatus status) {
        return switch (status.state()) {
            case BACKING_OFF -> status.nextAttempt() == null
                ? NLS.bind(Messages.Poller_failing, status.gateway().name(), status.error())
                : NLS.bind(Messages.Poller_backingOff, new Object[] {status.gateway().name(), status.error(),
                    Formats.time(status.nextAttempt())});
            case STOPPED -> NLS.bind(Messages.Poller_notConnected, status.gateway().name());
            case IDLE, RUNNING -> null;
        };
    }
}
