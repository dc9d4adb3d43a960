package io.arrowhead.ui.internal.hosts;

import java.util.Arrays;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.SecretStoreException;
import io.arrowhead.core.hosts.DockerHosts;
import io.arrowhead.core.hosts.ManagedHost;
import io.arrowhead.hosts.HostDefinition;

/**
 * Adds a Docker host, or edits one: saves its settings in the preferences and its password or key passphrase in
 * secure storage, through {@link DockerHosts}. When editing, an empty secret keeps the saved one.
 */
public final class DockerHostWizard extends Wizard {

    public static final String ADD_TITLE = Messages.DockerHostWizard_addTitle;
    public static final String EDIT_TITLE = Messages.DockerHostWizard_editTitle;

    private final DockerHosts hosts;
    private final ManagedHost editing;
    private DockerHostPage page;
    private ManagedHost saved;

    /** @param editing the host to edit, or {@code null} to add one */
    public DockerHostWizard(DockerHosts hosts, ManagedHost editing) {
        this.hosts = hosts;
        this.editing = editing;
        setWindowTitle(editing == null ? ADD_TITLE : EDIT_TITLE);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new DockerHostPage(hosts, editing);
        addPage(page);
    }

    /** The host added or edited on Finish, or {@code null}. */
    public ManagedHost saved() {
        return saved;
    }

    @Override
    public boolean performFinish() {
        char[] secret = page.secret();
        String name = page.hostName();
        try {
            HostDefinition definition = page.definition();
            if (editing == null) {
                saved = hosts.add(name, definition, secret);
            } else {
                hosts.update(editing, name, definition, secret);
                saved = editing;
            }
            return true;
        } catch (SecretStoreException | IllegalArgumentException e) {
            page.showProblem(NLS.bind(Messages.DockerHostWizard_notSaved, name, e.getMessage()));
            return false;
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }
}
