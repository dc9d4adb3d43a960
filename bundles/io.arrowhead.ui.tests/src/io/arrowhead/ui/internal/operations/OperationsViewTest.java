package io.arrowhead.ui.internal.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.hosts.AttachOptions;
import io.arrowhead.core.hosts.HostOperationJob;
import io.arrowhead.core.hosts.HostOperations;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.core.hosts.OperationRecord;
import io.arrowhead.core.hosts.OperationSubject;
import io.arrowhead.core.hosts.StepRecord;
import io.arrowhead.demo.Demo;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.ui.ArrowheadViews;
import io.arrowhead.ui.testing.AccessibleNames;
import io.arrowhead.ui.testing.ScreenshotOnFailure;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The Operations view on the running console: the history of the core's operations log, a running attach on the
 * demo's docker-01 with its steps as they happen, the selected operation's steps and message, and the filter.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OperationsViewTest {

    private static final String MAP_CALL = "POST /api/instances/Volume::*/action/addMappedSdc";

    private final UiDriver ui = new UiDriver().withTimeout(Duration.ofSeconds(60));

    @AfterEach
    void releaseTheGateway() {
        Demo.cluster().simulator().faults().releaseHangs();
        ui.onUi(() -> view().filter().setText(""));
    }

    @Test
    void theHistoryShowsEachOperationAndTheSelectedOnesStepsAndMessage() {
        String marker = "ops-view-" + UUID.randomUUID();
        Instant start = Instant.now().minusSeconds(600);
        OperationRecord moved = new OperationRecord(UUID.randomUUID().toString(), start, start.plusMillis(2500),
            marker + " as admin", OperationRecord.Kind.MOVE,
            new OperationSubject("vol-ops", "6c33633100000042", "ops-data", List.of("docker-01", "docker-02"), "Demo"),
            List.of(new StepRecord("Remove Docker volume ops-data from docker-01", StepRecord.Outcome.DONE, "", Duration
                .ofMillis(300)), new StepRecord("Map vol-ops to SDC docker-02", StepRecord.Outcome.FAILED,
                    "refused by the test", Duration.ofMillis(1200)),
                new StepRecord("Create Docker volume ops-data on docker-01", StepRecord.Outcome.UNDONE, "",
                    Duration.ofMillis(40))),
            OperationRecord.Outcome.FAILED_ROLLED_BACK, "Moving vol-ops failed at 'Map vol-ops to SDC docker-02'.");
        ArrowheadCore.operationsLog().append(moved);
        OperationsView view = view();
        Table table = ui.onUi(() -> view.operations().getTable());

        TableItem row = ui.waitFor("the appended operation's row", () -> rowWith(table, marker));
        assertEquals(List.of(OperationTexts.when(moved), marker + " as admin", "Move", "vol-ops as ops-data",
            "docker-01 \u2192 docker-02", "Failed, rolled back", "2.5 s"), ui.onUi(() -> texts(row)));
        // A person finds an older operation among many by its text, then clicks it.
        ui.input().replaceText(view.filter(), marker);
        ui.waitUntil("only the matching row", () -> table.getItemCount() == 1);
        ui.input().click(ui.onUi(() -> table.getItem(0)));
        Table steps = ui.onUi(() -> view.steps().getTable());
        ui.waitUntil("the selected operation's steps", () -> steps.getItemCount() == 3);
        assertEquals(List.of(List.of("Remove Docker volume ops-data from docker-01", "Done", "", "300 ms"),
            List.of("Map vol-ops to SDC docker-02", "Failed", "refused by the test", "1.2 s"),
            List.of("Create Docker volume ops-data on docker-01", "Undone", "", "40 ms")), ui.tables().rows(steps));
        assertEquals(moved.message(), ui.onUi(() -> view.message().getText()));

        ui.input().replaceText(view.filter(), marker.toUpperCase());
        ui.waitUntil("only the matching row", () -> table.getItemCount() == 1 && rowWith(table, marker) != null);
        ui.input().replaceText(view.filter(), "ROLLED back");
        ui.waitUntil("every rolled back operation", () -> rowWith(table, marker) != null
            && ui.tables().column(table, "Outcome").stream().allMatch(outcome -> outcome.contains("rolled back")));
        ui.input().replaceText(view.filter(), marker + " no such operation");
        ui.waitUntil("no row", () -> table.getItemCount() == 0);
        assertEquals("Filter operations", ui.onUi(() -> AccessibleNames.of(view.filter())));
    }

    @Test
    void openLogFileIsOnTheToolbarTheViewMenuAndTheTablesContextMenu() {
        OperationsView view = view();
        String id = "io.arrowhead.ui.operations.openLog";
        ui.waitUntil("Open Log File enabled once the log is read", () -> {
            var bars = view.getViewSite().getActionBars();
            return enabled(bars.getToolBarManager().find(id)) && enabled(bars.getMenuManager().find(id));
        });
        List<String> contextMenu = ui.onUi(() -> {
            var menu = view.operations().getTable().getMenu();
            menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            return java.util.Arrays.stream(menu.getItems()).map(item -> item.getText()).toList();
        });
        assertEquals(List.of("Open Log File"), contextMenu);
    }

    private static boolean enabled(org.eclipse.jface.action.IContributionItem item) {
        return item instanceof org.eclipse.jface.action.ActionContributionItem action && action.getAction()
            .isEnabled();
    }

    @Test
    void aRunningAttachShowsItsStepsLiveAndThenHowItEnded() throws Exception {
        GatewayConnection demo = ui.waitFor("the demo gateway to connect", () -> {
            GatewayConnection connection = Demo.cluster().connection();
            return connection != null && connection.isConnected() && connection.model() != null ? connection : null;
        });
        ManagedHost host = Demo.cluster().hosts().stream().filter(h -> h.name().equals("docker-01")).findFirst()
            .orElseThrow();
        Volume volume = demo.model().allVolumes().stream().filter(v -> !v.isMapped() && !v.isSnapshot()).findFirst()
            .orElseThrow();
        String dockerName = "ops-" + Long.toHexString(System.nanoTime());
        OperationsView view = view();
        Table table = ui.onUi(() -> view.operations().getTable());
        Table steps = ui.onUi(() -> view.steps().getTable());

        Demo.cluster().simulator().faults().hangNext(MAP_CALL, 1);
        HostOperationJob attach = HostOperations.attach(demo, volume.id(), host, AttachOptions.defaults(dockerName));
        attach.schedule();
        TableItem running = ui.waitFor("the running attach on top", () -> {
            TableItem top = table.getItemCount() == 0 ? null : table.getItem(0);
            return top != null && top.getText(3).contains(dockerName) && top.getText(5).equals("running\u2026") ? top
                : null;
        });
        assertEquals(List.of("Attach", "docker-01"), ui.onUi(() -> List.of(running.getText(2), running.getText(4))));
        ui.input().click(running);
        ui.waitUntil("the map step running, after the steps done before it", () -> {
            List<List<String>> rows = ui.tables().rows(steps);
            return !rows.isEmpty() && rows.getLast().get(0).startsWith("Map ")
                && rows.getLast().get(1).equals("running\u2026")
                && rows.subList(0, rows.size() - 1).stream().allMatch(row -> row.get(1).equals("Done"));
        });
        ui.screenshot("operations-view-running");

        Demo.cluster().simulator().faults().releaseHangs();
        attach.join();
        OperationRecord ended = attach.record();
        ui.waitUntil("the attach's row to say how it ended", () -> {
            TableItem row = rowWith(table, dockerName);
            return row != null && row.getText(5).equals(OperationTexts.outcome(ended));
        });
        ui.waitUntil("the ended operation's steps and message", () -> ui.tables().rows(steps).size() == ended.steps()
            .size() && view.message().getText().equals(ended.message()));
        assertTrue(ui.tables().column(steps, "Outcome").stream().noneMatch(outcome -> outcome.equals("running\u2026")));
        if (attach.getResult().isOK()) {
            HostOperationJob detach = HostOperations.detach(demo, host, dockerName);
            detach.schedule();
            detach.join();
            assertEquals(IStatus.OK, detach.getResult().getSeverity(), detach.getResult().getMessage());
        }
    }

    private OperationsView view() {
        return ui.onUi(() -> {
            try {
                return (OperationsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .showView(ArrowheadViews.OPERATIONS);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** The first row any of whose cells contains the text; call on the UI thread. */
    private static TableItem rowWith(Table table, String text) {
        for (TableItem item : table.getItems()) {
            if (texts(item).stream().anyMatch(cell -> cell.contains(text))) {
                return item;
            }
        }
        return null;
    }

    private static List<String> texts(TableItem item) {
        return java.util.stream.IntStream.range(0, item.getParent().getColumnCount()).mapToObj(item::getText).toList();
    }
}
