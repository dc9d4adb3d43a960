package io.arrowhead.scaleio.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import io.arrowhead.scaleio.client.internal.ApiCalls;
import io.arrowhead.scaleio.client.internal.ApiPaths;
import io.arrowhead.scaleio.client.internal.CreatedObject;
import io.arrowhead.scaleio.client.internal.GatewaySession;
import io.arrowhead.scaleio.client.internal.HttpTransport;
import io.arrowhead.scaleio.client.internal.Json;
import io.arrowhead.scaleio.client.internal.ReadTimeouts;
import io.arrowhead.scaleio.client.internal.RequestBodies;
import io.arrowhead.scaleio.client.internal.StatisticsReader;
import io.arrowhead.scaleio.client.internal.StatisticsRequests;
import io.arrowhead.scaleio.client.model.ClusterSnapshot;
import io.arrowhead.scaleio.client.model.Device;
import io.arrowhead.scaleio.client.model.FaultSet;
import io.arrowhead.scaleio.client.model.ProtectionDomain;
import io.arrowhead.scaleio.client.model.ScaleIoSystem;
import io.arrowhead.scaleio.client.model.Sdc;
import io.arrowhead.scaleio.client.model.Sds;
import io.arrowhead.scaleio.client.model.StoragePool;
import io.arrowhead.scaleio.client.model.VTree;
import io.arrowhead.scaleio.client.model.Volume;

/**
 * A client of one ScaleIO REST Gateway. Thread-safe. Calls log in on first use and log in again, once, when the
 * gateway refuses an expired token. Ids are checked to be 16 hex digits before they go into a request
 * ({@link IllegalArgumentException} otherwise); every gateway failure is a {@link GatewayClientException}. Answers
 * are parsed as they stream in, and one larger than {@link GatewayConfig#maxAnswerBytes()} fails with
 * {@link GatewayAnswerTooLargeException}.
 * Using a closed client throws {@link IllegalStateException}.
 */
public final class GatewayClient implements AutoCloseable {

    private final ApiCalls calls;
    private final boolean view;

    private GatewayClient(ApiCalls calls, boolean view) {
        this.calls = calls;
        this.view = view;
    }

    /** A client on a session; {@link #create} gives it the shared transport, tests one of their own. */
    GatewayClient(GatewaySession session) {
        // a signal nobody else holds: the client's own calls are never cancelled
        this(new ApiCalls(session, new CallCancellation(), session.configuredTimeouts()), false);
    }

    /**
     * Closes the idle connections that every client shares, for shutdown; a later call simply opens a new one.
     * No client thread outlives its call, so nothing else needs stopping.
     */
    public static void releaseIdleConnections() {
        HttpTransport.releaseIdleConnections();
    }

    /** A client for the configured gateway. Does no I/O. */
    public static GatewayClient create(GatewayConfig config) {
        return new GatewayClient(new GatewaySession(config, HttpTransport.create(config)));
    }

    /**
     * A view of this client whose calls {@code cancellation} aborts with {@link GatewayCancelledException}. It shares
     * the session and connections; closing it does nothing, so close the client it came from.
     */
    public GatewayClient withCancellation(CallCancellation cancellation) {
        return new GatewayClient(calls.withCancellation(Objects.requireNonNull(cancellation, "cancellation")), true);
    }

    /**
     * A view of this client whose calls wait for the gateway's next bytes at most {@code callsReadTimeout}, and the
     * whole-cluster load at most {@code clusterLoadReadTimeout}, instead of the configured timeouts; so that a
     * changed preference applies to a client already logged in. Logging in keeps the configured timeouts. It shares
     * the session and connections; closing it does nothing.
     */
    public GatewayClient withReadTimeouts(Duration callsReadTimeout, Duration clusterLoadReadTimeout) {
        return new GatewayClient(calls.withTimeouts(new ReadTimeouts(callsReadTimeout, clusterLoadReadTimeout)), true);
    }

    public GatewayEndpoint endpoint() {
        return calls.session().endpoint();
    }

    /** Logs in now, replacing any current session, and learns the API version unless it is forced. */
    public void login() throws GatewayClientException {
        calls.session().loginNow(calls.cancellation());
    }

    /** The {@code major.minor} API version in use; logs in first if needed. */
    public String apiVersion() throws GatewayClientException {
        return calls.session().apiVersion(calls.cancellation());
    }

    public boolean isLoggedIn() {
        return calls.session().isLoggedIn();
    }

    /** Ends the session; the token is forgotten even if the gateway cannot be told. */
    public void logout() throws GatewayClientException {
        calls.session().logout(calls.cancellation());
    }

    /** Logs out, best-effort, if logged in. Idempotent; does nothing on a {@link #withCancellation view}. */
    @Override
    public void close() {
        if (!view) {
            calls.session().close(calls.cancellation());
        }
    }

    // ---- reads

    public List<ScaleIoSystem> systems() throws GatewayClientException {
        return list(ObjectType.SYSTEM);
    }

    public List<ProtectionDomain> protectionDomains() throws GatewayClientException {
        return list(ObjectType.PROTECTION_DOMAIN);
    }

    public List<StoragePool> storagePools() throws GatewayClientException {
        return list(ObjectType.STORAGE_POOL);
    }

    public List<Volume> volumes() throws GatewayClientException {
        return list(ObjectType.VOLUME);
    }

    public List<Sdc> sdcs() throws GatewayClientException {
        return list(ObjectType.SDC);
    }

    public List<Sds> sdss() throws GatewayClientException {
        return list(ObjectType.SDS);
    }

    public List<Device> devices() throws GatewayClientException {
        return list(ObjectType.DEVICE);
    }

    public List<FaultSet> faultSets() throws GatewayClientException {
        return list(ObjectType.FAULT_SET);
    }

    public List<VTree> vtrees() throws GatewayClientException {
        return list(ObjectType.VTREE);
    }

    /** Every object of the type: {@code GET /api/types/{Type}/instances}. */
    public <T> List<T> list(ObjectType<T> type) throws GatewayClientException {
        return calls.get(ApiPaths.typeInstances(type), answer -> Json.readList(answer.parser(), type.modelClass()));
    }

    /** One object: {@code GET /api/instances/{Type}::{id}}. */
    public <T> T get(ObjectType<T> type, String id) throws GatewayClientException {
        return calls.get(ApiPaths.instance(type, id), answer -> Json.read(answer.parser(), type.modelClass()));
    }

    /** The objects of {@code relatedType} under a parent, such as the SDCs of a system. */
    public <T> List<T> related(ObjectType<?> parentType, String parentId, ObjectType<T> relatedType)
            throws GatewayClientException {
        return calls.get(ApiPaths.related(parentType, parentId, relatedType),
                answer -> Json.readList(answer.parser(), relatedType.modelClass()));
    }

    /**
     * Every object of the system at once: {@code GET /api/instances}. It waits for the gateway as long as the
     * {@link GatewayConfig#clusterLoadReadTimeout()}, every other call as long as the {@link GatewayConfig#readTimeout()}.
     */
    public ClusterSnapshot instances() throws GatewayClientException {
        return calls.getClusterLoad(ApiPaths.ALL_INSTANCES,
                answer -> Json.read(answer.parser(), ClusterSnapshot.class));
    }

    /**
     * The id of the object whose {@code key} is {@code value}; an unknown value fails with
     * {@link GatewayErrorCode#NOT_FOUND}.
     */
    public String queryIdByKey(ObjectType<?> type, String key, String value) throws GatewayClientException {
        return calls.post(ApiPaths.typeAction(type, "queryIdByKey"), RequestBodies.queryIdByKey(key, value),
                answer -> Json.readString(answer.parser()));
    }

    public String volumeIdByName(String name) throws GatewayClientException {
        return queryIdByKey(ObjectType.VOLUME, "name", name);
    }

    public String sdcIdByIp(String ip) throws GatewayClientException {
        return queryIdByKey(ObjectType.SDC, "ip", ip);
    }

    // ---- actions

    /** Creates a volume and returns its id; the size is rounded up to a multiple of 8 GiB by the gateway. */
    public String createVolume(VolumeRequest request) throws GatewayClientException {
        return calls.post(ApiPaths.typeInstances(ObjectType.VOLUME), RequestBodies.createVolume(request),
                answer -> Json.read(answer.parser(), CreatedObject.class)).id();
    }

    /** A name in use fails with {@link GatewayErrorCode#VOL_NAME_IN_USE}. */
    public void renameVolume(String volumeId, String newName) throws GatewayClientException {
        volumeAction(volumeId, "setVolumeName", RequestBodies.renameVolume(newName));
    }

    /**
     * Grows a volume; shrinking fails with {@link GatewayErrorCode#VOL_DECREASE_NOT_SUPPORTED}. The size is sent as
     * given: whether the gateway rounds a size that is not a multiple of 8 GiB or refuses it is open, so round it
     * first with {@link Sizes#roundUpToAllocationUnitGib(long)} for a predictable result.
     */
    public void setVolumeSize(String volumeId, long sizeInGib) throws GatewayClientException {
        volumeAction(volumeId, "setVolumeSize", RequestBodies.volumeSize(sizeInGib));
    }

    /** A mapped volume fails with {@link GatewayErrorCode#VOL_MAPPED}. */
    public void removeVolume(String volumeId, RemoveMode mode) throws GatewayClientException {
        volumeAction(volumeId, "removeVolume", RequestBodies.removeVolume(mode));
    }

    /** @param accessModeOrNull {@code null} leaves the gateway's default (3.x) */
    public void mapVolume(String volumeId, SdcRef sdc, boolean allowMultipleMappings, AccessMode accessModeOrNull)
            throws GatewayClientException {
        volumeAction(volumeId, "addMappedSdc", RequestBodies.mapVolume(sdc, allowMultipleMappings, accessModeOrNull));
    }

    public void unmapVolume(String volumeId, SdcRef sdc) throws GatewayClientException {
        volumeAction(volumeId, "removeMappedSdc", RequestBodies.unmapVolume(sdc));
    }

    public void unmapVolumeFromAllSdcs(String volumeId) throws GatewayClientException {
        volumeAction(volumeId, "removeMappedSdc", RequestBodies.unmapVolumeFromAllSdcs());
    }

    /** Sets the QoS of one mapping; 0 means unlimited. Read back as {@code limitIops} and {@code limitBwInMbps}. */
    public void setMappedSdcLimits(String volumeId, SdcRef sdc, long iopsLimit, long bandwidthLimitInKbps)
            throws GatewayClientException {
        volumeAction(volumeId, "setMappedSdcLimits", RequestBodies.mappedSdcLimits(sdc, iopsLimit, bandwidthLimitInKbps));
    }

    /** Snapshots volumes together, as one snapshot group. */
    public SnapshotGroup snapshotVolumes(String systemIdOrNull, List<SnapshotDefinition> definitions)
            throws GatewayClientException {
        return calls.post(ApiPaths.systemAction(systemIdOrNull, "snapshotVolumes"),
                RequestBodies.snapshotVolumes(definitions), answer -> Json.read(answer.parser(), SnapshotGroup.class));
    }

    public void setSdcName(String sdcId, String name) throws GatewayClientException {
        calls.post(ApiPaths.instanceAction(ObjectType.SDC, sdcId, "setSdcName"), RequestBodies.sdcName(name));
    }

    private void volumeAction(String volumeId, String action, JsonNode body)
            throws GatewayClientException {
        calls.post(ApiPaths.instanceAction(ObjectType.VOLUME, volumeId, action), body);
    }

    // ---- statistics

    /** Every statistic of one object. */
    public Statistics statistics(ObjectType<?> type, String id) throws GatewayClientException {
        return calls.get(ApiPaths.statistics(type, id), answer -> StatisticsReader.flat(answer.statisticsParser()));
    }

    /** Selected statistics of several types in one call (the global form). */
    public SelectedStatistics querySelectedStatistics(List<StatisticsSelection> selections)
            throws GatewayClientException {
        return calls.post(ApiPaths.SELECTED_STATISTICS, StatisticsRequests.selected(selections),
                answer -> StatisticsReader.selected(answer.statisticsParser()));
    }

    /**
     * Selected statistics of objects of one type by id (the per-type form); for the system use
     * {@link #querySystemStatistics(List)}.
     *
     * @param idsOrNullForAll {@code null} for every object of the type
     */
    public Map<String, Statistics> querySelectedStatistics(ObjectType<?> type, List<String> idsOrNullForAll,
            List<String> properties) throws GatewayClientException {
        if (type == ObjectType.SYSTEM) {
            throw new IllegalArgumentException("The system answers in another shape; use querySystemStatistics.");
        }
        return calls.post(ApiPaths.typeAction(type, "querySelectedStatistics"),
                StatisticsRequests.ofType(type, idsOrNullForAll, properties),
                answer -> StatisticsReader.byId(answer.statisticsParser()));
    }

    /** Selected statistics of the system (the per-type form). */
    public Statistics querySystemStatistics(List<String> properties) throws GatewayClientException {
        return calls.post(ApiPaths.typeAction(ObjectType.SYSTEM, "querySelectedStatistics"),
                StatisticsRequests.ofSystem(properties), answer -> StatisticsReader.flat(answer.statisticsParser()));
    }
}
