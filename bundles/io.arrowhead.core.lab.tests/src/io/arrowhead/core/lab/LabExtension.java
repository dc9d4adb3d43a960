package io.arrowhead.core.lab;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link Lab} of this run, starting it on first use. The lab needs root; without it the tests
 * fail with that reason, unless {@code -Darrowhead.lab=skip} says this machine cannot run them.
 */
public final class LabExtension implements ParameterResolver, ExecutionCondition {

    /** Skips before any parameter is resolved: an assumption inside a resolver would be reported as an error. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return "skip".equals(System.getProperty("arrowhead.lab"))
            ? ConditionEvaluationResult.disabled("lab tests skipped: -Darrowhead.lab=skip")
            : ConditionEvaluationResult.enabled("the lab runs");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Lab.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(Lab.class, key -> startLab(), Lab.class);
    }

    private static Lab startLab() {
        try {
            if (!isRoot()) {
                throw new IllegalStateException("The lab tests start network namespaces, sshd, dockerd and loop "
                    + "devices, so they need root. Run the build as root, or pass -Darrowhead.lab=skip.");
            }
            String script = System.getProperty("arrowhead.lab.script");
            String output = System.getProperty("arrowhead.lab.output", System.getProperty("java.io.tmpdir"));
            if (script == null) {
                throw new IllegalStateException("-Darrowhead.lab.script is not set (the pom sets it)");
            }
            return Lab.start(Path.of(script), Path.of(output));
        } catch (Exception e) {
            throw new ParameterResolutionException("Cannot start the lab: " + e.getMessage(), e);
        }
    }

    private static boolean isRoot() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
            .anyMatch(line -> line.matches("Uid:\\s+0\\s.*"));
    }
}
