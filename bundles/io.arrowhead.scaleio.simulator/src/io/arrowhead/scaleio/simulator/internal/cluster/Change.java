package io.arrowhead.scaleio.simulator.internal.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One accepted change as the journal keeps it: what was asked (a gateway call or a lab-agent SDC change), the
 * time it ran at and the ids it issued, enough to run it again through the same code with the same outcome.
 *
 * @param kind {@link #API}, {@link #REGISTER_SDC} or {@link #SET_SDC_CONNECTED}
 * @param millis the clock's time when the change ran
 * @param ids the object ids the change issued, in order
 * @param fields the kind's arguments (a gateway call's body in Base64)
 */
record Change(String kind, long millis, List<String> ids, Map<String, String> fields) {

    static final String API = "api";
    static final String REGISTER_SDC = "registerSdc";
    static final String SET_SDC_CONNECTED = "setSdcConnected";

    Change {
        ids = List.copyOf(ids);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static Change api(long millis, List<String> ids, String method, String path, byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("method", method);
        fields.put("path", path);
        fields.put("body", Base64.getEncoder().encodeToString(body));
        return new Change(API, millis, ids, fields);
    }

    static Change registerSdc(long millis, List<String> ids, String guid, String ip, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("guid", guid);
        fields.put("ip", ip);
        fields.put("name", name);
        return new Change(REGISTER_SDC, millis, ids, fields);
    }

    static Change setSdcConnected(long millis, List<String> ids, String guidOrId, boolean connected) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("sdc", guidOrId);
        fields.put("connected", Boolean.toString(connected));
        return new Change(SET_SDC_CONNECTED, millis, ids, fields);
    }

    String field(String name) {
        return fields.get(name);
    }

    byte[] body() {
        return Base64.getDecoder().decode(field("body").getBytes(StandardCharsets.US_ASCII));
    }
}
