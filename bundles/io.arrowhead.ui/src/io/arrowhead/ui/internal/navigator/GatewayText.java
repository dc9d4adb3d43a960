package io.arrowhead.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

import io.arrowhead.core.ClusterModel;
import io.arrowhead.core.ConnectionState;
import io.arrowhead.core.GatewayConnection;
import io.arrowhead.scaleio.client.GatewayEndpoint;
import io.arrowhead.ui.internal.Formats;

/** The label and description of a gateway: its name, then where it is and how it stands. */
public final class GatewayText {

    private static final int HTTPS_PORT = 443;
    private static final int MAX_ERROR_LENGTH = 100;

    private GatewayText() {
    }

    /**
     * "192.168.1.10 — 60 volumes" when connected, with ", refreshing…" while a load runs; "connecting…";
     * "failed: <why>"; or the address with "disconnected". Says what {@link #state} says, on one line.
     */
    public static String qualifier(GatewayConnection connection) {
        String address = address(connection);
        return switch (connection.state()) {
            case CONNECTED -> NLS.bind(Messages.Gateway_qualifier, address, volumeCount(connection.model())
                + (connection.isLoading() ? NLS.bind(Messages.Text_more, state(connection, true)) : ""));
            case CONNECTING, FAILED -> state(connection, true);
            case DISCONNECTED -> NLS.bind(Messages.Gateway_qualifier, address, state(connection, true));
        };
    }

    /** The status line's text for a gateway: who and where, then {@link #state}, whole, and the volume count. */
    public static String description(GatewayConnection connection) {
        ClusterModel model = connection.model();
        return NLS.bind(connection.isDemo() ? Messages.Gateway_demoDescription : Messages.Gateway_description,
            new Object[] {connection.name(), connection.settings().url(), connection.settings().user(),
                state(connection, false)})
            + (model == null ? "" : NLS.bind(Messages.Text_more, volumeCount(model)));
    }

    /**
     * How the gateway stands, the one text the tree and the status line share: "connected", "refreshing…" while a
     * load runs, "connecting…", "failed: <why>" (with "refreshing…" before it while a retry runs) or
     * "disconnected".
     *
     * @param oneLine whether to shorten the reason to fit a tree label
     */
    public static String state(GatewayConnection connection, boolean oneLine) {
        ConnectionState state = connection.state();
        String error = connection.lastError();
        return switch (state) {
            case CONNECTED -> connection.isLoading() ? Messages.Gateway_refreshing : state.label();
            case CONNECTING, DISCONNECTED -> state.label();
            case FAILED -> {
                String failed = error == null ? state.label()
                    : NLS.bind(Messages.Gateway_failed, state.label(), oneLine ? oneLine(error) : error);
                yield connection.isLoading() ? NLS.bind(Messages.Gateway_retrying, failed) : failed;
            }
        };
    }

    /** The host, and the port unless it is the HTTPS default. */
    static String address(GatewayConnection connection) {
        try {
            GatewayEndpoint endpoint = connection.settings().endpoint();
            return endpoint.port() == HTTPS_PORT ? endpoint.host() : endpoint.host() + ":" + endpoint.port();
        } catch (IllegalArgumentException e) {
            return connection.settings().url();
        }
    }

    /** An error message fit for a tree label; the status line shows it whole. */
    static String oneLine(String message) {
        String flat = message.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_ERROR_LENGTH ? flat : flat.substring(0, MAX_ERROR_LENGTH - 1) + "\u2026";
    }

    private static String volumeCount(ClusterModel model) {
        return model == null ? Messages.Gateway_loading : Formats.volumeCounts(model.volumeCounts());
    }
}
