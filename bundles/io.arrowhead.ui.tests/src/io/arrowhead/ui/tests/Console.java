package io.arrowhead.ui.tests;

import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.core.GatewayJob;
import io.arrowhead.demo.Demo;
import io.arrowhead.scaleio.client.GatewayClient;
import io.arrowhead.scaleio.client.GatewayConfig;
import io.arrowhead.scaleio.client.TlsPolicy;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.Volume;
import io.arrowhead.scaleio.simulator.GatewaySimulator;
import io.arrowhead.ui.ArrowheadViews;
import io.arrowhead.ui.internal.navigator.ConsoleNavigator;
import io.arrowhead.ui.testing.UiDriver;

/**
 * The running console as the UI tests see it: its window, navigator and commands, the demo gateway it opened at
 * start, and a client of the demo's simulator that reads the real cluster state behind the UI.
 */
final class Console {

    final UiDriver ui;

    Console(UiDriver ui) {
        this.ui = ui;
    }

    Shell window() {
        return ui.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    IWorkbenchPage page() {
        return ui.onUi(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            return window.getActivePage();
        });
    }

    ConsoleNavigator navigator() {
        return ui.onUi(() -> {
            try {
                return (ConsoleNavigator) page().showView(ArrowheadViews.NAVIGATOR);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    Tree tree() {
        return ui.onUi(() -> navigator().getCommonViewer().getTree());
    }

    /** The demo gateway once it is connected. */
    GatewayConnection demo() {
        return ui.withTimeout(java.time.Duration.ofSeconds(60)).waitFor("the demo gateway to connect", () -> {
            GatewayConnection demo = Demo.cluster().connection();
            return demo != null && demo.isConnected() && demo.model() != null ? demo : null;
        });
    }

    /** A client of the demo's simulator, independent of the console, to check what really happened. */
    GatewayClient observer() {
        GatewaySimulator simulator = Demo.cluster().simulator();
        return GatewayClient.create(GatewayConfig.builder(simulator.endpoint().toString()).user("admin")
            .password(demoPassword()).tls(TlsPolicy.pinned(simulator.certificateFingerprint())).build());
    }

    /** Expands the navigator along a path of label prefixes below "Gateways", activating the navigator first. */
    TreeItem reveal(String... path) {
        navigator();
        String[] full = new String[path.length + 1];
        full[0] = "Gateways";
        System.arraycopy(path, 0, full, 1, path.length);
        return ui.trees().expand(tree(), full);
    }

    /** Selects an item with a real click, so that the navigator is the active part for commands and keys. */
    /** The volume's item in the Storage Explorer, under its pool, revealed. */
    TreeItem revealVolume(ClusterModel model, Volume volume) {
        StoragePool pool = model.pool(volume.storagePoolId()).orElseThrow();
        String domain = model.protectionDomain(pool.protectionDomainId()).orElseThrow().name();
        return reveal("Demo", model.system().name(), "Protection Domains", domain, pool.name(), volume.name() + " ");
    }

    void select(TreeItem item) {
        ui.onUi(() -> item.getParent().showItem(item));
        ui.input().click(item);
        ui.waitUntil("the item to be selected", () -> Arrays.asList(item.getParent().getSelection()).contains(item));
    }

    /** Runs a command as its menu item or key would, without waiting for dialogs it opens. */
    void execute(String commandId) {
        ui.trigger("running " + commandId, () -> {
            try {
                IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                    .getService(IHandlerService.class);
                ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
                handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId),
                    Map.of()), null);
            } catch (Exception e) {
                throw new AssertionError("could not run " + commandId + ": " + e, e);
            }
        });
    }

    /** Runs a command on the given selection, as a context menu of another view would, without waiting for dialogs. */
    void execute(String commandId, ISelection selection) {
        ui.trigger("running " + commandId, () -> {
            try {
                IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                    .getService(IHandlerService.class);
                ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
                IEvaluationContext context = handlers.createContextSnapshot(true);
                context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
                handlers.executeCommandInContext(ParameterizedCommand.generateCommand(commands.getCommand(commandId),
                    Map.of()), null, context);
            } catch (Exception e) {
                throw new AssertionError("could not run " + commandId + ": " + e, e);
            }
        });
    }

    /** Collapses the navigator's tree, so that the next test finds its top in view rather than scrolled away. */
    void collapseNavigator() {
        ui.onUi(() -> navigator().getCommonViewer().collapseAll());
    }

    /** Maximizes the Storage Explorer, as a double click on its tab does; {@link #restoreNavigator} undoes it. */
    void maximizeNavigator() {
        setNavigatorState(IWorkbenchPage.STATE_MAXIMIZED);
    }

    void restoreNavigator() {
        setNavigatorState(IWorkbenchPage.STATE_RESTORED);
    }

    private void setNavigatorState(int state) {
        ui.onUi(() -> {
            navigator();
            page().setPartState(page().findViewReference(ArrowheadViews.NAVIGATOR), state);
        });
    }

    /** Puts the views back where the perspective has them, as a test that moved them may have left them. */
    void resetLayout() {
        ui.onUi(() -> page().resetPerspective());
    }

    /** Closes every dialog a failed test may have left open, so that the next test starts at the bare window. */
    void closeStrayShells() {
        for (int round = 0; round < 5; round++) {
            boolean closed = ui.onUi(() -> {
                Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                    : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
                boolean any = false;
                for (Shell shell : ui.display().getShells()) {
                    if (shell != main && !shell.isDisposed() && shell.isVisible() && shell.getParent() != null) {
                        ui.display().asyncExec(() -> {
                            if (!shell.isDisposed()) {
                                shell.close();
                            }
                        });
                        any = true;
                    }
                }
                return any;
            });
            if (!closed) {
                return;
            }
            ui.onUi(() -> { });
        }
    }

    /** Shows the Properties view and selects one of its tabs by id. */
    void showPropertiesTab(String tabId) {
        ui.onUi(() -> {
            try {
                org.eclipse.ui.views.properties.PropertySheet sheet = (org.eclipse.ui.views.properties.PropertySheet)
                    page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET, null,
                        org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
                ((org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage) sheet.getCurrentPage())
                    .setSelectedTab(tabId);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Waits until no gateway job runs or waits, so the model reflects every operation started so far. */
    void awaitGatewayJobs() {
        try {
            Job.getJobManager().join(GatewayJob.FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static char[] demoPassword() {
        return Demo.cluster().password();
    }
}
