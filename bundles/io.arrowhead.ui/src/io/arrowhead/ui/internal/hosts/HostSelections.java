package io.arrowhead.ui.internal.hosts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import io.arrowhead.core.hosts.ManagedHost;

/** The Docker hosts a selection stands for: hosts themselves, or nodes that adapt to one. */
final class HostSelections {

    private HostSelections() {
    }

    static List<ManagedHost> hosts(ISelection selection) {
        Set<ManagedHost> hosts = new LinkedHashSet<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                ManagedHost host = Adapters.adapt(element, ManagedHost.class);
                if (host != null) {
                    hosts.add(host);
                }
            }
        }
        return List.copyOf(hosts);
    }
}
