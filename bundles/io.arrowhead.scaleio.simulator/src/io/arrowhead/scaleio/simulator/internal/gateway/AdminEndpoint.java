package io.arrowhead.scaleio.simulator.internal.gateway;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.arrowhead.scaleio.simulator.internal.auth.Credentials;
import io.arrowhead.scaleio.simulator.internal.auth.LoginThrottle;
import io.arrowhead.scaleio.simulator.internal.auth.TokenStore;
import io.arrowhead.scaleio.simulator.internal.cluster.SdcVolumes;
import io.arrowhead.scaleio.simulator.internal.faults.DeviceFailures;
import io.arrowhead.scaleio.simulator.internal.faults.EndpointPattern;
import io.arrowhead.scaleio.simulator.internal.faults.FaultEntry;
import io.arrowhead.scaleio.simulator.internal.faults.FaultRules;
import io.arrowhead.scaleio.simulator.internal.http.HttpRequest;
import io.arrowhead.scaleio.simulator.internal.http.HttpResponse;

/**
 * The simulator's own control API under {@code /simulator/}, outside the gateway's {@code /api}: faults, SDCs
 * announced by a lab agent, and the volumes mapped to each SDC (with their backing files) for emulated hosts. It
 * takes Basic user and password of a configured user, never a token, so expiring every token cannot lock the
 * operator out. Faults never apply here, so a hang on {@code *} can still be cleared.
 */
public final class AdminEndpoint {

    private static final String CHALLENGE = "Basic realm=\"ScaleIO Gateway Simulator\", charset=\"UTF-8\"";
    private static final Pattern SDC_STATE = Pattern.compile("/simulator/sdcs/([^/]+)/(connect|disconnect)");
    private static final Pattern SDC_VOLUMES = Pattern.compile("/simulator/sdcs/([^/]+)/volumes");
    private static final long MAX_LATENCY_MILLIS = Duration.ofHours(1).toMillis();

    private final TokenStore tokens;
    private final FaultRules faults;
    private final SdcRegistry sdcs;
    private final LoginThrottle throttle;
    private final DeviceFailures devices;

    /** For a gateway whose cluster has no devices to fail. */
    public AdminEndpoint(TokenStore tokens, FaultRules faults, SdcRegistry sdcs, LoginThrottle throttle) {
        this(tokens, faults, sdcs, throttle, DeviceFailures.NONE);
    }

    /**
     * @param throttle the failed-login throttle the gateway's logins share, as both check the same passwords
     * @param devices the cluster's devices, for the failDevice and restoreDevice faults
     */
    public AdminEndpoint(TokenStore tokens, FaultRules faults, SdcRegistry sdcs, LoginThrottle throttle,
            DeviceFailures devices) {
        this.tokens = tokens;
        this.faults = faults;
        this.sdcs = sdcs;
        this.throttle = throttle;
        this.devices = devices;
    }

    HttpResponse handle(HttpRequest request, String path) {
        HttpResponse refusal = refusal(request);
        if (refusal != null) {
            return refusal;
        }
        try {
            return route(request, path);
        } catch (IllegalArgumentException e) {
            return Replies.error(400, 0, e.getMessage());
        }
    }

    /** The 401 for a request without a configured user's password, or {@code null} when it has one. */
    HttpResponse refusal(HttpRequest request) {
        Optional<Duration> wait = throttle.waitBefore(request.clientAddress());
        if (wait.isPresent()) {
            return Replies.tooManyFailedLogins(wait.get());
        }
        if (Credentials.parse(request.headers().get("Authorization")) instanceof Credentials.Basic basic) {
            if (tokens.checkPassword(basic.user(), basic.password())) {
                throttle.succeeded(request.clientAddress());
                return null;
            }
            throttle.failed(request.clientAddress());
        }
        return Replies.unauthorized().withHeader("WWW-Authenticate", CHALLENGE);
    }

    private HttpResponse route(HttpRequest request, String path) {
        String method = request.method();
        Matcher sdcState = SDC_STATE.matcher(path);
        Matcher sdcVolumes = SDC_VOLUMES.matcher(path);
        if (path.equals("/simulator/faults")) {
            if (method.equals("POST")) {
                applyFault(AdminRequests.object(request.body()));
            } else if (!method.equals("GET")) {
                return Replies.methodNotAllowed(method, path);
            }
            return Replies.json(200, listFaults());
        } else if (path.equals("/simulator/sdcs")) {
            return method.equals("POST") ? registerSdc(AdminRequests.object(request.body()))
                    : Replies.methodNotAllowed(method, path);
        } else if (sdcState.matches()) {
            return method.equals("POST") ? setConnected(sdcState.group(1), sdcState.group(2).equals("connect"))
                    : Replies.methodNotAllowed(method, path);
        } else if (sdcVolumes.matches()) {
            return method.equals("GET") ? mappedVolumes(sdcVolumes.group(1), request.headers().get("Accept"))
                    : Replies.methodNotAllowed(method, path);
        }
        return Replies.notFound(path);
    }

    private void applyFault(JsonNode body) {
        String action = AdminRequests.requiredText(body, "action");
        switch (action) {
            case "latency" -> {
                Duration latency = Duration.ofMillis(
                        AdminRequests.requiredNumber(body, "millis", 0, MAX_LATENCY_MILLIS));
                String endpoint = AdminRequests.text(body, "endpoint", null);
                if (endpoint == null) {
                    faults.setLatency(latency);
                } else {
                    faults.setLatency(EndpointPattern.parse(endpoint), latency);
                }
            }
            case "failNext" -> faults.failNext(endpoint(body), count(body),
                    (int) AdminRequests.number(body, "httpStatus", 500, 400, 599),
                    (int) AdminRequests.number(body, "errorCode", 0, 0, Integer.MAX_VALUE),
                    AdminRequests.text(body, "message", "Injected fault"));
            case "hangNext" -> faults.hangNext(endpoint(body), count(body));
            case "dropNext" -> faults.dropNext(endpoint(body), count(body));
            case "expireTokens" -> tokens.expireAll();
            case "releaseHangs" -> faults.releaseHangs();
            case "failDevice" -> devices.failDevice(deviceId(body, action));
            case "restoreDevice" -> devices.restoreDevice(deviceId(body, action));
            case "clear" -> {
                faults.clear();
                devices.restoreEveryDevice();
            }
            default -> throw new IllegalArgumentException("Unknown action \"" + action + "\"; expected one of "
                    + "latency, failNext, hangNext, dropNext, expireTokens, releaseHangs, failDevice, "
                    + "restoreDevice, clear");
        }
    }

    private static EndpointPattern endpoint(JsonNode body) {
        return EndpointPattern.parse(AdminRequests.requiredText(body, "endpoint"));
    }

    private static String deviceId(JsonNode body, String action) {
        String deviceId = AdminRequests.text(body, "deviceId", null);
        if (deviceId == null || deviceId.isBlank()) {
            throw new IllegalArgumentException("The " + action + " action needs \"deviceId\", the id of a device "
                    + "as GET /api/types/Device/instances lists it.");
        }
        return deviceId.strip();
    }

    private static int count(JsonNode body) {
        return (int) AdminRequests.number(body, "count", 1, 1, 1_000_000);
    }

    /** The listing uses the field names of the POST body, so an entry can be posted back as it reads. */
    private ObjectNode listFaults() {
        ObjectNode listing = Replies.JSON.createObjectNode();
        ArrayNode entries = listing.putArray("faults");
        for (FaultEntry entry : faults.entries()) {
            ObjectNode node = entries.addObject().put("action", entry.action());
            if (entry.endpoint() != null) {
                node.put("endpoint", entry.endpoint().toString());
            }
            if (entry.remaining() != null) {
                node.put("count", entry.remaining());
            }
            if (entry.latency() != null) {
                node.put("millis", entry.latency().toMillis());
            }
            if (entry.httpStatus() != null) {
                node.put("httpStatus", entry.httpStatus()).put("errorCode", entry.errorCode())
                        .put("message", entry.message());
            }
        }
        for (String deviceId : devices.failedDevices()) {
            entries.addObject().put("action", "failDevice").put("deviceId", deviceId);
        }
        listing.put("hangingRequests", faults.hangingRequests());
        return listing;
    }

    private HttpResponse registerSdc(JsonNode body) {
        String guid = AdminRequests.requiredText(body, "guid");
        String ip = AdminRequests.requiredText(body, "ip");
        String name = AdminRequests.text(body, "name", null);
        String id = sdcs.registerSdc(guid, ip, name);
        return Replies.json(200, Replies.JSON.createObjectNode().put("id", id));
    }

    private HttpResponse setConnected(String guidOrId, boolean connected) {
        try {
            sdcs.setSdcConnected(guidOrId, connected);
        } catch (IllegalArgumentException e) {
            return Replies.error(404, 0, e.getMessage());
        }
        return Replies.json(200, Replies.JSON.createObjectNode());
    }

    private HttpResponse mappedVolumes(String guidOrId, String accept) {
        SdcVolumes listing;
        try {
            listing = sdcs.mappedVolumes(guidOrId);
        } catch (IllegalArgumentException e) {
            return Replies.error(404, 0, e.getMessage());
        } catch (UncheckedIOException e) {
            return Replies.error(500, 0, "Cannot create a volume's backing file: " + e.getCause().getMessage());
        }
        return SdcVolumesReply.of(listing, accept);
    }
}
