package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;

/**
 * The gateway's error answers. Codes are the MDM return-code ordinals of GATEWAY-API.md §5; texts are verbatim
 * from the fixtures or goscaleio's code table, because csi-powerflex and others match on them.
 */
final class GatewayErrors {

    private static final int SERVER = 500;
    private static final int BAD_REQUEST = 400;
    private static final String NOT_VALID = "Request message is not valid: ";

    private GatewayErrors() {
    }

    static GatewayException notFound() {
        return mdm(3, "Not found");
    }

    static GatewayException sdsNotFound() {
        return mdm(78, "Could not find SDS");
    }

    static GatewayException volumeNotFound() {
        return mdm(79, "Could not find the volume");
    }

    static GatewayException sdcNotFound() {
        return mdm(80, "Could not find the SDC");
    }

    static GatewayException alreadyMappedToThisSdc() {
        return mdm(81, "The volume is already mapped to this SDC");
    }

    static GatewayException notMappedToSdc() {
        return mdm(84, "The volume is not mapped to SDC");
    }

    static GatewayException volumeNameInUse() {
        return mdm(99, "Volume name already in use. Please use a different name.");
    }

    static GatewayException volumeIsMapped() {
        return mdm(104, "Volume is mapped");
    }

    static GatewayException deviceNotFound() {
        return mdm(126, "Could not find the SDS device");
    }

    static GatewayException decreaseNotSupported() {
        return mdm(133, "Volume capacity can only be increased");
    }

    /** Ordinal 142 counted in goscaleio's table below the confirmed anchor 206. */
    static GatewayException protectionDomainNotFound() {
        return mdm(142, "Could not find Protection Domain");
    }

    /** Ordinal 171, counted like 142. */
    static GatewayException storagePoolNotFound() {
        return mdm(171, "Could not find Storage Pool");
    }

    /** Ordinal 183, counted like 142; answers DESCENDANTS_ONLY on a volume without descendants. */
    static GatewayException nothingToDelete() {
        return mdm(183, "There are no volumes to delete");
    }

    /** Ordinal 190, counted like 142. */
    static GatewayException volumeSizeTooLarge() {
        return mdm(190, "The volume size too large");
    }

    /** Ordinal 197, counted like 142. */
    static GatewayException poolNotInProtectionDomain() {
        return mdm(197, "The specified Storage Pool is not in the specified Protection Domain");
    }

    /** [open] Ordinal 202 counted; used for a System id other than this system's. */
    static GatewayException otherSystem() {
        return mdm(202, "The system ID that you provided does not match the actual system ID");
    }

    /** [open] Ordinal 226 counted above the last confirmed anchor (206), so it may be off. */
    static GatewayException nameTooLong() {
        return mdm(226, "The given name exceeds the allowed length of 31 characters.");
    }

    /** [open] Ordinal 227, counted like 226. */
    static GatewayException invalidName() {
        return mdm(227, "The given name contains invalid characters. Use alphanumeric and punctuation characters only."
                + " Spaces are not allowed.");
    }

    /** [open] Ordinal 265, counted like 226. */
    static GatewayException faultSetNotFound() {
        return mdm(265, "Could not find the Fault Set");
    }

    /** 1.3x code and text quoted from a real gateway; later tables call it NOT_ALLOWED_MORE_THAN_ONE_MAPPING. */
    static GatewayException singleMappingOnly() {
        return mdm(306, "Only a single SDC may be mapped to this volume at a time");
    }

    /** [open] Ordinal 313, counted back from the table's "Internal Error #362" entry. */
    static GatewayException allocationLimitExceeded() {
        return mdm(313, "Requested volume size exceeds the volume allocation limit");
    }

    /** [open] Ordinal 592, counted far past the last confirmed anchor. */
    static GatewayException sdcNameInUse() {
        return mdm(592, "SDC name is already in use. Please use a different name.");
    }

    static GatewayException missingParameters(String... names) {
        return invalid("The following parameter(s) must be part of the request body: " + String.join(", ", names)
                + ".");
    }

    /** The wording of the real removeMode complaint, used for every enumerated parameter. */
    static GatewayException notOneOf(String parameter, String allowed, String value) {
        return new GatewayException(BAD_REQUEST, 0,
                parameter + " should get one of the following values: " + allowed + ", but its value is " + value + ".");
    }

    /** A 400 with the gateway's "Request message is not valid: " prefix. */
    static GatewayException invalid(String detail) {
        return new GatewayException(BAD_REQUEST, 0, NOT_VALID + detail);
    }

    /** [open] Unroutable paths: a real gateway's servlet container answers 404; the body shape is ours. */
    static GatewayException noSuchResource(String method, String path) {
        return new GatewayException(404, 0, "The requested resource does not exist: " + method + " " + path);
    }

    /** [open] Simulator only: a change made in memory that the state file could not take. */
    static GatewayException notSaved(IOException cause) {
        return new GatewayException(SERVER, 0, "The change was made but could not be saved in the simulator's state"
                + " file (" + cause.getMessage() + "). The next change that can be saved will include it.");
    }

    private static GatewayException mdm(int errorCode, String message) {
        return new GatewayException(SERVER, errorCode, message);
    }
}
