package io.arrowhead.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.junit.jupiter.api.Test;

import io.arrowhead.scaleio.client.GatewayEndpoint;

class GatewayRuleTest {

    private static final GatewayRule FIRST = GatewayRule.of(GatewayEndpoint.parse("https://gw-a"));
    private static final GatewayRule SAME_AS_FIRST = GatewayRule.of(GatewayEndpoint.parse("gw-a:443/api"));
    private static final GatewayRule SECOND = GatewayRule.of(GatewayEndpoint.parse("https://gw-b"));

    @Test
    void jobsOnOneGatewayRunOneAtATimeWhileOtherGatewaysProceed() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        Job first = job("first", FIRST, events, () -> {
            firstRunning.countDown();
            await(releaseFirst);
        });
        Job sameGateway = job("same-gateway", SAME_AS_FIRST, events, () -> { });
        Job otherGateway = job("other-gateway", SECOND, events, () -> { });

        first.schedule();
        await(firstRunning);
        sameGateway.schedule();
        otherGateway.schedule();
        assertTrue(otherGateway.join(10_000, null), "a job on another gateway must not wait");
        assertFalse(events.contains("same-gateway:start"), "a job on a busy gateway started early: " + events);

        releaseFirst.countDown();
        assertTrue(sameGateway.join(10_000, null));
        assertTrue(events.indexOf("first:end") < events.indexOf("same-gateway:start"), events.toString());
    }

    @Test
    void rulesCompareByEndpointAndCombineWithOtherRules() {
        assertEquals(FIRST, SAME_AS_FIRST);
        assertTrue(FIRST.isConflicting(SAME_AS_FIRST));
        assertFalse(FIRST.isConflicting(SECOND));
        ISchedulingRule both = MultiRule.combine(FIRST, SECOND);
        assertTrue(both.contains(SAME_AS_FIRST));
        assertTrue(both.isConflicting(SECOND));
    }

    private static Job job(String name, ISchedulingRule rule, List<String> events, Runnable body) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                events.add(name + ":start");
                body.run();
                events.add(name + ":end");
                return Status.OK_STATUS;
            }
        };
        job.setRule(rule);
        job.setSystem(true);
        return job;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for a job");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
