package io.arrowhead.ui.model;

/**
 * A fixed grouping node: the protection domains or SDCs of a system, or the SDSs of a protection domain
 * ({@code parentId} is then the protection domain's id, otherwise the system's).
 */
public record FolderNode(io.arrowhead.core.GatewayConnection connection, Kind kind, String parentId)
    implements ClusterNode {

    public enum Kind {
        PROTECTION_DOMAINS(Messages.FolderNode_protectionDomains), SDCS(Messages.FolderNode_sdcs),
        SDSS(Messages.FolderNode_sdss);

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
