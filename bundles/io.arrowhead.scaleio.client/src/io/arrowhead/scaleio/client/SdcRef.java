package io.arrowhead.scaleio.client;

/**
 * Names the SDC of a mapping action, by id ({@code sdcId}, as goscaleio and PyPowerFlex send) or by the GUID a host
 * reports ({@code guid}, as os-brick sends).
 */
public sealed interface SdcRef {

    /** @throws IllegalArgumentException unless the id is 16 hex digits */
    static SdcRef id(String sdcId) {
        return new ById(sdcId);
    }

    /** @throws IllegalArgumentException unless the text is a UUID; it is sent in upper case */
    static SdcRef guid(String guid) {
        return new ByGuid(guid);
    }

    /** An SDC id, lower-case. */
    record ById(String sdcId) implements SdcRef {

        public ById {
            sdcId = ScaleIoIds.requireObjectId(sdcId, "SDC id");
        }
    }

    /** An SDC GUID, upper-case like {@code Sdc.sdcGuid}. */
    record ByGuid(String guid) implements SdcRef {

        public ByGuid {
            guid = ScaleIoIds.normalizeSdcGuid(guid);
        }
    }
}
