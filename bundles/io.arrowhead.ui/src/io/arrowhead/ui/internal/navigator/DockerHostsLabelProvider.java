package io.arrowhead.ui.internal.navigator;

import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;

import io.arrowhead.core.ArrowheadCore;
import io.arrowhead.core.hosts.HostInventory;
import io.arrowhead.core.hosts.HostState;
import io.arrowhead.hosts.ContainerUse;
import io.arrowhead.hosts.DockerVolume;
import io.arrowhead.ui.internal.UiImages;
import io.arrowhead.ui.model.ContainerNode;
import io.arrowhead.ui.model.DockerHostNode;
import io.arrowhead.ui.model.DockerHostsRootNode;
import io.arrowhead.ui.model.DockerVolumeNode;
import io.arrowhead.ui.model.OtherDockerVolumesNode;

/**
 * Labels of the Docker host side: the name, then grey details (a host's address, state, Docker version and SDC; a
 * Docker volume's ScaleIO volume; a container's state and image). A host in trouble shows its state in the error
 * colour, and its problem in the status line. Plain {@link #getText} is the name alone.
 */
public final class DockerHostsLabelProvider extends LabelProvider implements ICommonLabelProvider,
    IStyledLabelProvider {

    private static final Styler ERROR_STYLER = StyledString.createColorRegistryStyler(JFacePreferences.ERROR_COLOR,
        null);

    private final NodeImages images = new NodeImages();

    @Override
    public void init(ICommonContentExtensionSite site) {
        // Labels need nothing from the site.
    }

    @Override
    public String getText(Object element) {
        return switch (element) {
            case DockerHostsRootNode root -> Messages.DockerHosts_label;
            case DockerHostNode node -> node.host().name();
            case DockerVolumeNode node -> node.dockerVolumeName();
            case ContainerNode node -> container(node).map(ContainerUse::name).orElse(node.containerId());
            case OtherDockerVolumesNode node -> Messages.OtherVolumes_label;
            case DockerVolume volume -> volume.name();
            case null, default -> null;
        };
    }

    /** The name and the grey qualifier after two blanks, as the gateways' labels are. */
    public String qualifier(Object element) {
        return switch (element) {
            case DockerHostNode node -> HostText.hostQualifier(inventory(node));
            case DockerVolumeNode node -> HostText.dockerVolume(node.host(), node.dockerVolumeName())
                .map(HostText::dockerVolumeQualifier).orElse("");
            case ContainerNode node -> container(node).map(HostText::containerQualifier).orElse("");
            case OtherDockerVolumesNode node -> HostText.otherVolumesQualifier(
                ArrowheadCore.hostInventories().current(node.host()).otherVolumes());
            case DockerVolume volume -> volume.driver() == null ? "" : volume.driver();
            case null, default -> "";
        };
    }

    @Override
    public StyledString getStyledText(Object element) {
        String name = getText(element);
        if (name == null) {
            return null;
        }
        StyledString label = new StyledString(name, element instanceof DockerVolume ? StyledString.QUALIFIER_STYLER
            : null);
        String qualifier = qualifier(element);
        if (!qualifier.isEmpty()) {
            boolean trouble = element instanceof DockerHostNode node && troubled(inventory(node).state());
            label.append("  " + qualifier, trouble ? ERROR_STYLER : StyledString.QUALIFIER_STYLER);
        }
        return label;
    }

    @Override
    public Image getImage(Object element) {
        NodeIcon icon = switch (element) {
            case DockerHostsRootNode root -> NodeIcon.of(UiImages.FOLDER);
            case DockerHostNode node -> hostIcon(inventory(node).state());
            case DockerVolumeNode node -> new NodeIcon(UiImages.VOLUME, HostText.dockerVolume(node.host(),
                node.dockerVolumeName()).filter(v -> v.mounted()).isPresent() ? UiImages.OVR_MAPPED : null, false);
            case ContainerNode node -> NodeIcon.of(UiImages.DEVICE);
            case OtherDockerVolumesNode node -> NodeIcon.of(UiImages.FOLDER);
            case DockerVolume volume -> new NodeIcon(UiImages.VOLUME, null, true);
            case null, default -> null;
        };
        return icon == null ? null : images.get(icon);
    }

    @Override
    public String getDescription(Object element) {
        return switch (element) {
            case DockerHostsRootNode root -> Messages.DockerHosts_description;
            case DockerHostNode node -> HostText.hostDescription(inventory(node));
            case DockerVolumeNode node -> NLS.bind(Messages.DockerVolume_description, new Object[] {
                node.dockerVolumeName(), node.host().name(), qualifier(node)});
            case ContainerNode node -> NLS.bind(Messages.Container_description, new Object[] {getText(node),
                node.dockerVolumeName(), qualifier(node)});
            case OtherDockerVolumesNode node -> NLS.bind(Messages.OtherVolumes_description, node.host().name());
            case DockerVolume volume -> volume.name();
            case null, default -> null;
        };
    }

    @Override
    public void restoreState(IMemento memento) {
        // Labels keep no state.
    }

    @Override
    public void saveState(IMemento memento) {
        // Labels keep no state.
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }

    private static HostInventory inventory(DockerHostNode node) {
        return ArrowheadCore.hostInventories().current(node.host());
    }

    private static java.util.Optional<ContainerUse> container(ContainerNode node) {
        return HostText.dockerVolume(node.host(), node.dockerVolumeName()).flatMap(volume -> volume.containers()
            .stream().filter(c -> c.id().equals(node.containerId())).findFirst());
    }

    private static boolean troubled(HostState state) {
        return switch (state) {
            case UNREACHABLE, HOST_KEY_CHANGED, HOST_KEY_UNTRUSTED, LOGIN_REFUSED, NO_SDC, SDC_UNKNOWN -> true;
            case UNKNOWN, CHECKING, CONNECTED -> false;
        };
    }

    private static NodeIcon hostIcon(HostState state) {
        return switch (state) {
            case UNREACHABLE, HOST_KEY_CHANGED, LOGIN_REFUSED -> new NodeIcon(UiImages.SDS, UiImages.OVR_ERROR, false);
            case HOST_KEY_UNTRUSTED -> new NodeIcon(UiImages.SDS, UiImages.OVR_DISCONNECTED, false);
            case NO_SDC, SDC_UNKNOWN -> new NodeIcon(UiImages.SDS, UiImages.OVR_DISCONNECTED, false);
            case UNKNOWN -> new NodeIcon(UiImages.SDS, null, true);
            case CHECKING, CONNECTED -> NodeIcon.of(UiImages.SDS);
        };
    }
}
