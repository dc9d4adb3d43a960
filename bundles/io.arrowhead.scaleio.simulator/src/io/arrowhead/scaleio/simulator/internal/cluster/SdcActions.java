package io.arrowhead.scaleio.simulator.internal.cluster;

import java.util.Locale;
import java.util.regex.Pattern;

import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * SDC changes: the REST {@code setSdcName}, and the lab agent's registration and connection changes (hosts that
 * install or lose their SDC). Callers hold the write lock.
 */
final class SdcActions {

    // The simulator stands in for the MDM, so it keeps its own GUID rule instead of the console's ScaleIoIds.
    private static final Pattern GUID = Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");

    private final ClusterContext context;

    SdcActions(ClusterContext context) {
        this.context = context;
    }

    /** {@code setSdcName {"sdcName"}}; INI_NAME_IN_USE when another SDC has the name. */
    ApiResponse rename(SdcEntity sdc, RequestBody body) {
        String name = Validation.name(body.required("sdcName"));
        if (context.lookup.sdcNameInUse(name, sdc.id)) {
            throw GatewayErrors.sdcNameInUse();
        }
        sdc.name = name;
        context.json.forgetSdc(sdc);
        return ApiResponse.emptyObject();
    }

    /** Adds the SDC with this GUID, or updates its IP and name, and marks it Connected. */
    String register(String guid, String ip, String name) {
        String upperGuid = guid == null ? "" : guid.trim().toUpperCase(Locale.ROOT);
        if (!GUID.matcher(upperGuid).matches()) {
            throw new IllegalArgumentException("Not an SDC GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): " + guid);
        }
        if (ip == null || ip.isBlank()) {
            throw new IllegalArgumentException("The SDC " + upperGuid + " needs an IP address");
        }
        SdcEntity existing = context.lookup.sdcByGuid(upperGuid);
        if (name != null) {
            checkName(name, existing == null ? null : existing.id);
        }
        if (existing != null) {
            existing.ip = ip.trim();
            existing.name = name == null ? existing.name : name;
            existing.connected = true;
            context.json.forgetSdc(existing);
            return existing.id;
        }
        String id = context.ids.next(WireType.SDC.wireName());
        context.state.sdcs.put(id, new SdcEntity(id, name, upperGuid, ip.trim(), true));
        return id;
    }

    /** Connects or disconnects the SDC with this id or GUID. */
    void setConnected(String guidOrId, boolean connected) {
        SdcEntity sdc = find(guidOrId);
        sdc.connected = connected;
        context.json.forgetSdc(sdc);
    }

    /** The SDC with this id or GUID; IllegalArgumentException when there is none. */
    SdcEntity find(String guidOrId) {
        SdcEntity sdc = guidOrId == null ? null : context.state.sdcs.get(guidOrId.toLowerCase(Locale.ROOT));
        if (sdc == null && guidOrId != null) {
            sdc = context.lookup.sdcByGuid(guidOrId.trim());
        }
        if (sdc == null) {
            throw new IllegalArgumentException("No SDC has the id or GUID " + guidOrId);
        }
        return sdc;
    }

    private void checkName(String name, String exceptSdcId) {
        try {
            Validation.name(name);
        } catch (GatewayException e) {
            throw new IllegalArgumentException("Invalid SDC name '" + name + "': " + e.getMessage(), e);
        }
        if (context.lookup.sdcNameInUse(name, exceptSdcId)) {
            throw new IllegalArgumentException("Another SDC is already named " + name);
        }
    }
}
