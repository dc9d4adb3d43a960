package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Lock;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import io.arrowhead.scaleio.simulator.internal.api.ApiRequest;
import io.arrowhead.scaleio.simulator.internal.api.ApiResponse;

/**
 * Maps the URL grammar of GATEWAY-API.md §2.1 onto the handlers. Reads run under the state's read lock, actions
 * under its write lock; a successful action counts as a change, is recorded in {@code saves} (the journal) while
 * the lock is held, and is answered only once {@code saves} has made it durable.
 */
final class GatewayRouter {

    private static final String API = "/api/";

    private final ClusterContext context;
    private final Saves saves;
    private final ReadHandlers reads;
    private final QueryHandlers queries;
    private final ActionRoutes actions;

    GatewayRouter(ClusterContext context, Saves saves) {
        this.context = context;
        this.saves = saves;
        this.reads = new ReadHandlers(context);
        this.queries = new QueryHandlers(context);
        this.actions = new ActionRoutes(context);
    }

    ApiResponse route(ApiRequest request) {
        try {
            return dispatch(request);
        } catch (GatewayException refused) {
            return refused.response();
        }
    }

    private ApiResponse dispatch(ApiRequest request) {
        String path = request.path();
        if (path.length() > API.length() && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1); // os-brick's getByIp::<ip>/
        }
        if (!path.startsWith(API)) {
            throw GatewayErrors.noSuchResource(request.method(), path);
        }
        String[] segments = path.substring(API.length()).split("/", -1);
        Call call = new Call(request.method(), path, segments, request.body());
        if (segments[0].equals("instances")) {
            return instances(call);
        }
        if (segments[0].equals("types") && segments.length >= 3 && segments[2].equals("instances")) {
            return types(call);
        }
        throw call.unknown();
    }

    /** {@code /api/instances[/...]}. */
    private ApiResponse instances(Call call) {
        String[] s = call.segments();
        if (call.is("GET", 1)) {
            return read(reads::wholeSystem);
        }
        if (call.is("POST", 2) && s[1].equals("querySelectedStatistics")) {
            RequestBody body = call.body();
            return read(() -> context.statistics.querySelected(body.root()));
        }
        if (call.is("POST", 4) && s[1].equals("System") && s[2].equals("action")) {
            return write(call, actions.systemAction(s[3], null, call.body(), call));
        }
        int separator = s.length < 2 ? -1 : s[1].indexOf("::");
        if (separator < 0) {
            throw call.unknown();
        }
        WireType type = WireType.of(s[1].substring(0, separator));
        String id = s[1].substring(separator + 2);
        if (call.is("GET", 2)) {
            return read(() -> reads.instance(type, id));
        }
        if (call.is("GET", 4) && s[2].equals("relationships")) {
            return read(() -> reads.relationship(type, id, s[3], call.path()));
        }
        if (call.is("POST", 4) && s[2].equals("action")) {
            return write(call, actions.instanceAction(type, id, s[3], call.body(), call));
        }
        throw call.unknown();
    }

    /** {@code /api/types/{Type}/instances[/...]}. */
    private ApiResponse types(Call call) {
        String[] s = call.segments();
        if (call.is("GET", 4) && s[3].contains("::")) {
            int separator = s[3].indexOf("::");
            return read(() -> queries.legacy(s[1], s[3].substring(0, separator), s[3].substring(separator + 2),
                    call.path()));
        }
        WireType type = WireType.of(s[1]);
        if (call.is("GET", 3)) {
            return read(() -> reads.list(type));
        }
        if (call.is("POST", 3) && type == WireType.VOLUME) {
            return write(call, actions.create(call.body()));
        }
        if (call.is("POST", 5) && s[3].equals("action")) {
            RequestBody body = call.body();
            return switch (s[4]) {
                case "queryIdByKey" -> read(() -> queries.queryIdByKey(type, body));
                case "queryBySelectedIds" -> read(() -> queries.queryBySelectedIds(type, body));
                case "querySelectedStatistics" ->
                    read(() -> context.statistics.querySelectedPerType(type.wireName(), body.root()));
                default -> throw call.unknown();
            };
        }
        throw call.unknown();
    }

    private ApiResponse read(Supplier<ApiResponse> handler) {
        Lock lock = context.state.lock().readLock();
        lock.lock();
        try {
            return handler.get();
        } finally {
            lock.unlock();
        }
    }

    /** An API action, journaled as the call itself; a change that cannot be saved is answered as such. */
    private ApiResponse write(Call call, Supplier<ApiResponse> handler) {
        try {
            return change(handler,
                    (millis, ids) -> Change.api(millis, ids, call.method(), call.path(), call.rawBody()));
        } catch (IOException e) {
            return GatewayErrors.notSaved(e).response();
        }
    }

    /**
     * Runs an action under the write lock and journals it as {@code journaled} describes it, given the time and ids
     * the action used, so that replaying it gives the same state. The volumes' file changes and the journal write
     * run after the lock is released, so that other actions proceed meanwhile; this returns once both are done.
     */
    <T> T change(Supplier<T> action, BiFunction<Long, List<String>, Change> journaled) throws IOException {
        Lock lock = context.state.lock().writeLock();
        lock.lock();
        T result;
        long ticket;
        Future<?> fileChanges;
        try {
            context.beginAction();
            try {
                result = action.get();
            } finally {
                context.endAction();
            }
            context.generation.incrementAndGet();
            ticket = saves.record(journaled.apply(context.actionMillis(), context.ids.issuedInAction()));
        } finally {
            fileChanges = context.files.flush(); // what an action recorded, it changed
            lock.unlock();
        }
        BackingFiles.await(fileChanges);
        saves.awaitSaved(ticket);
        return result;
    }

    /**
     * Where changes are made durable: the journal for a cluster with a state file; nothing for one in memory, or
     * while the journal is replayed.
     */
    interface Saves {

        Saves NONE = new Saves() {
            @Override
            public long record(Change change) {
                return 0;
            }

            @Override
            public void awaitSaved(long ticket) {
                // Nothing to make durable.
            }
        };

        /** Records a change made under the write lock; returns the ticket to wait for. */
        long record(Change change);

        /** Returns once the changes up to {@code ticket} are durable. */
        void awaitSaved(long ticket) throws IOException;
    }

    /** One request, split into path segments below {@code /api/}. */
    record Call(String method, String path, String[] segments, byte[] rawBody) {

        boolean is(String wantedMethod, int segmentCount) {
            return method.equals(wantedMethod) && segments.length == segmentCount;
        }

        RequestBody body() {
            return RequestBody.parse(rawBody);
        }

        GatewayException unknown() {
            return GatewayErrors.noSuchResource(method, path);
        }
    }
}
