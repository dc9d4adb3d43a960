package io.arrowhead.scaleio.client;

/**
 * MDM return codes the gateway sends as {@code errorCode}. The numbers are positions in the MDM's return-code
 * table, which drifts between releases (306 is the 1.3x "single mapping" code), so only the codes clients are
 * known to branch on are named here.
 */
public final class GatewayErrorCode {

    /** Validation and authentication errors (HTTP 400 and 401) carry 0. */
    public static final int ILLEGAL = 0;
    /** An unknown name in {@code queryIdByKey}. */
    public static final int NOT_FOUND = 3;
    public static final int COMMUNICATION_ERROR = 69;
    public static final int TGT_NOT_FOUND = 78;
    public static final int VOL_NOT_FOUND = 79;
    public static final int INI_NOT_FOUND = 80;
    public static final int VOL_ALREADY_MAPPED_TO_THIS_INI = 81;
    public static final int VOL_NOT_MAPPED_TO_INI = 84;
    public static final int VOL_NAME_IN_USE = 99;
    public static final int VOL_MAPPED = 104;
    public static final int VOL_DECREASE_NOT_SUPPORTED = 133;
    public static final int SINGLE_MAPPING_ONLY_LEGACY = 306;

    private GatewayErrorCode() {
    }

    /** The name of one of the codes above, or {@code null} for any other code. */
    public static String nameOf(int code) {
        return switch (code) {
            case ILLEGAL -> "ILLEGAL";
            case NOT_FOUND -> "NOT_FOUND";
            case COMMUNICATION_ERROR -> "COMMUNICATION_ERROR";
            case TGT_NOT_FOUND -> "TGT_NOT_FOUND";
            case VOL_NOT_FOUND -> "VOL_NOT_FOUND";
            case INI_NOT_FOUND -> "INI_NOT_FOUND";
            case VOL_ALREADY_MAPPED_TO_THIS_INI -> "VOL_ALREADY_MAPPED_TO_THIS_INI";
            case VOL_NOT_MAPPED_TO_INI -> "VOL_NOT_MAPPED_TO_INI";
            case VOL_NAME_IN_USE -> "VOL_NAME_IN_USE";
            case VOL_MAPPED -> "VOL_MAPPED";
            case VOL_DECREASE_NOT_SUPPORTED -> "VOL_DECREASE_NOT_SUPPORTED";
            case SINGLE_MAPPING_ONLY_LEGACY -> "SINGLE_MAPPING_ONLY_LEGACY";
            default -> null;
        };
    }
}
