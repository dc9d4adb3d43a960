package io.arrowhead.ui.internal.handlers;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.IEvaluationService;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.ConnectionEvent;

/**
 * {@code io.arrowhead.ui.gateway.anyConnected}, on any receiver: whether some gateway is connected with a loaded
 * cluster, for commands such as New Volume that need one but not a selection. Gateways change state without the
 * selection changing, so the tester also asks the workbench to evaluate again the expressions that test gateway
 * state, including the navigator's {@code io.arrowhead.ui.gateway.state}.
 */
public final class AnyConnectedTester extends PropertyTester {

    private static final String[] STATE_PROPERTIES = {"io.arrowhead.ui.gateway.anyConnected",
        "io.arrowhead.ui.gateway.state", "io.arrowhead.ui.gateway.hasModel"};
    private static final AtomicBoolean LISTENING = new AtomicBoolean();

    public AnyConnectedTester() {
        if (LISTENING.compareAndSet(false, true)) {
            ArrowheadCore.connections().addListener(AnyConnectedTester::connectionChanged);
        }
    }

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return "anyConnected".equals(property)
            && ArrowheadCore.connections().all().stream().anyMatch(c -> c.isConnected() && c.model() != null);
    }

    private static void connectionChanged(ConnectionEvent event) {
        boolean affectsState = event.kind() == ConnectionEvent.Kind.STATE_CHANGED
            || event.kind() == ConnectionEvent.Kind.ADDED || event.kind() == ConnectionEvent.Kind.REMOVED;
        if (!affectsState || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            if (!PlatformUI.isWorkbenchRunning() || display.isDisposed()) {
                return;
            }
            IEvaluationService evaluation = PlatformUI.getWorkbench().getService(IEvaluationService.class);
            if (evaluation != null) {
                for (String property : STATE_PROPERTIES) {
                    evaluation.requestEvaluation(property);
                }
            }
        });
    }
}
