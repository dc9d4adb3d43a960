package io.arrowhead.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/** A small window with one of each kind of widget the driver handles, recording what happens to it. Built on the UI thread. */
final class TestWindow {

    final Shell shell;
    final Text name;
    final Button apply;
    final Tree tree;
    final Table table;
    final Label dragSource;
    final Label dropTarget;
    final List<String> events = new CopyOnWriteArrayList<>();

    TestWindow(Display display) {
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText("Driver Test Window");
        shell.setLayout(new GridLayout(2, false));

        new Label(shell, SWT.NONE).setText("&Name:");
        name = new Text(shell, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.F5) {
                events.add("F5");
            } else if ((e.stateMask & SWT.CTRL) != 0 && e.keyCode == 'k') {
                events.add("Ctrl+K");
            }
        });

        apply = new Button(shell, SWT.PUSH);
        apply.setText("&Apply");
        apply.setToolTipText("Apply the name");
        apply.setData(UiDriver.WIDGET_ID_KEY, "apply-button");
        apply.addListener(SWT.Selection, e -> events.add("apply:" + name.getText()));
        new Label(shell, SWT.NONE);

        tree = createTree();
        table = createTable();
        dragSource = dndLabel("Drag me", SWT.NONE);
        dropTarget = dndLabel("Drop here", SWT.BORDER);
        makeDraggable();
        createMenu();

        shell.setBounds(40, 40, 520, 520);
        shell.open();
        shell.forceActive();
    }

    private Tree createTree() {
        TreeViewer viewer = new TreeViewer(shell, SWT.BORDER);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return new Object[] {"Cluster"};
            }

            @Override
            public Object[] getChildren(Object parent) {
                events.add("children-of:" + parent);
                return "Cluster".equals(parent) ? new Object[] {"Pool A", "Pool B"}
                    : "Pool A".equals(parent) ? new Object[] {"vol-1 (8 GiB)"} : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return "Cluster".equals(element) || "Pool A".equals(element);
            }
        });
        viewer.setLabelProvider(new LabelProvider());
        viewer.setInput("root");
        return viewer.getTree();
    }

    private Table createTable() {
        Table created = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION);
        created.setHeaderVisible(true);
        created.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String heading : new String[] {"Volume", "Size"}) {
            TableColumn column = new TableColumn(created, SWT.LEFT);
            column.setText(heading);
            column.setWidth(150);
        }
        new TableItem(created, SWT.NONE).setText(new String[] {"vol-1", "8 GiB"});
        new TableItem(created, SWT.NONE).setText(new String[] {"vol-2", "16 GiB"});
        return created;
    }

    private Label dndLabel(String text, int style) {
        Label label = new Label(shell, style | SWT.CENTER);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 1, 1));
        ((GridData) label.getLayoutData()).heightHint = 60;
        return label;
    }

    private void makeDraggable() {
        Transfer[] text = {TextTransfer.getInstance()};
        DragSource source = new DragSource(dragSource, DND.DROP_COPY | DND.DROP_MOVE);
        source.setTransfer(text);
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = "vol-1";
            }
        });
        DragSource fromTree = new DragSource(tree, DND.DROP_COPY | DND.DROP_MOVE);
        fromTree.setTransfer(text);
        fromTree.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = tree.getSelection()[0].getText();
            }
        });
        DropTarget target = new DropTarget(dropTarget, DND.DROP_COPY | DND.DROP_MOVE);
        target.setTransfer(text);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragOver(DropTargetEvent event) {
                if (!events.contains("drag-over")) {
                    events.add("drag-over");
                }
            }

            @Override
            public void drop(DropTargetEvent event) {
                events.add("dropped:" + event.data);
            }
        });
    }

    private void createMenu() {
        Menu bar = new Menu(shell, SWT.BAR);
        shell.setMenuBar(bar);
        MenuItem file = new MenuItem(bar, SWT.CASCADE);
        file.setText("&File");
        Menu fileMenu = new Menu(shell, SWT.DROP_DOWN);
        file.setMenu(fileMenu);
        fileMenu.addListener(SWT.Show, e -> {
            if (fileMenu.getItemCount() == 0) {
                MenuItem refresh = new MenuItem(fileMenu, SWT.PUSH);
                refresh.setText("&Refresh\tF5");
                refresh.addListener(SWT.Selection, s -> events.add("menu:refresh"));
            }
        });
    }

    void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }
}
