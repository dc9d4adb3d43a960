package io.arrowhead.ui.internal.hosts;

import org.eclipse.core.expressions.PropertyTester;

import io.arrowhead.core.hosts.ManagedHost;

/** {@code io.arrowhead.ui.host.isDemo}: whether a Docker host is one of the demo's, which the demo manages. */
public final class HostPropertyTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return receiver instanceof ManagedHost host && "isDemo".equals(property) && host.isDemo();
    }
}
