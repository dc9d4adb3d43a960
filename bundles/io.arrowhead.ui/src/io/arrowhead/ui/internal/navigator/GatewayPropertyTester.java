package io.arrowhead.ui.internal.navigator;

import org.eclipse.core.expressions.PropertyTester;

import io.arrowhead.core.GatewayConnection;

/**
 * Properties of a {@link GatewayConnection} for menu expressions, in namespace {@code io.arrowhead.ui.gateway}:
 * {@code state} (a {@link io.arrowhead.core.ConnectionState} name as value), {@code isDemo} and {@code hasModel}
 * (value {@code true} unless given).
 */
public final class GatewayPropertyTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        if (!(receiver instanceof GatewayConnection connection)) {
            return false;
        }
        return switch (property) {
            case "state" -> connection.state().name().equals(String.valueOf(expectedValue));
            case "isDemo" -> connection.isDemo() == expected(expectedValue);
            case "hasModel" -> (connection.model() != null) == expected(expectedValue);
            default -> false;
        };
    }

    private static boolean expected(Object value) {
        return value == null || Boolean.TRUE.equals(value) || "true".equals(value);
    }
}
