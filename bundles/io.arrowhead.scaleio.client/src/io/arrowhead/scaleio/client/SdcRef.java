package io.arrowhead.scaleio.client;

import java.util.Locale;
import java.util.regex.Pattern;

import io.arrowhead.scaleio.client.internal.ObjectIds;

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
            sdcId = ObjectIds.require(sdcId, "SDC id");
        }
    }

    /** An SDC GUID, upper-case like {@code Sdc.sdcGuid}. */
    record ByGuid(String guid) implements SdcRef {

        private static final Pattern UUID = Pattern.compile(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        public ByGuid {
            if (guid == null || !UUID.matcher(guid.strip()).matches()) {
                throw new IllegalArgumentException("'" + guid + "' is not an SDC GUID such as "
                        + "974F4AC7-FF37-4909-8713-D1BD3F002843.");
            }
            guid = guid.strip().toUpperCase(Locale.ROOT);
        }
    }
}
