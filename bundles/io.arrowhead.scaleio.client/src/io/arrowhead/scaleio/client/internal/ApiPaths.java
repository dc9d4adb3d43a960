package io.arrowhead.scaleio.client.internal;

import io.arrowhead.scaleio.client.ObjectType;
import io.arrowhead.scaleio.client.ScaleIoIds;

/**
 * The gateway's URL grammar, relative to {@code /api/}. Type names come from {@link ObjectType} and action names
 * from code; every id is checked by {@link ScaleIoIds}, so no path is built from unchecked text.
 */
public final class ApiPaths {

    public static final String LOGIN = "login";
    public static final String VERSION = "version";
    public static final String LOGOUT = "logout";
    public static final String ALL_INSTANCES = "instances";
    public static final String SELECTED_STATISTICS = "instances/querySelectedStatistics";

    private static final String STATISTICS = "Statistics";

    private ApiPaths() {
    }

    /** {@code types/{Type}/instances}: list or create. */
    public static String typeInstances(ObjectType<?> type) {
        return "types/" + type.wireName() + "/instances";
    }

    /** {@code types/{Type}/instances/action/{action}}, such as {@code queryIdByKey}. */
    public static String typeAction(ObjectType<?> type, String action) {
        return typeInstances(type) + "/action/" + action;
    }

    /** {@code instances/{Type}::{id}}. */
    public static String instance(ObjectType<?> type, String id) {
        return "instances/" + type.wireName() + "::" + ScaleIoIds.requireObjectId(id, type.wireName() + " id");
    }

    /** {@code instances/{Type}::{id}/relationships/{Related}}. */
    public static String related(ObjectType<?> type, String id, ObjectType<?> relatedType) {
        return relationship(type, id, relatedType.wireName());
    }

    /** {@code instances/{Type}::{id}/relationships/Statistics}. */
    public static String statistics(ObjectType<?> type, String id) {
        return relationship(type, id, STATISTICS);
    }

    /** {@code instances/{Type}::{id}/action/{action}}. */
    public static String instanceAction(ObjectType<?> type, String id, String action) {
        return instance(type, id) + "/action/" + action;
    }

    /** {@code instances/System::{id}/action/{action}}, or {@code instances/System/action/{action}} without an id. */
    public static String systemAction(String systemIdOrNull, String action) {
        return systemIdOrNull == null ? "instances/" + ObjectType.SYSTEM.wireName() + "/action/" + action
                : instanceAction(ObjectType.SYSTEM, systemIdOrNull, action);
    }

    private static String relationship(ObjectType<?> type, String id, String related) {
        return instance(type, id) + "/relationships/" + related;
    }
}
