// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import java.util.List;

/// The field names of the import format (DESIGN.md, `devices import`): CSV headers and JSON properties alike.
public final class ImportFields {
    public static final String DEV_EUI = "devEui";
    public static final String NAME = "name";
    public static final String ACTIVATION = "activation";
    public static final String MAC_VERSION = "macVersion";
    public static final String REGION = "region";
    public static final String DEVICE_CLASS = "deviceClass";
    public static final String JOIN_EUI = "joinEui";
    public static final String APP_KEY = "appKey";
    public static final String NWK_KEY = "nwkKey";
    public static final String DEV_ADDR = "devAddr";
    public static final String NWK_S_KEY = "nwkSKey";
    public static final String APP_S_KEY = "appSKey";
    public static final String F_NWK_S_INT_KEY = "fNwkSIntKey";
    public static final String S_NWK_S_INT_KEY = "sNwkSIntKey";
    public static final String NWK_S_ENC_KEY = "nwkSEncKey";
    public static final String F_CNT_UP = "fCntUp";
    public static final String F_CNT_DOWN = "fCntDown";
    public static final String DEVICE_PROFILE = "deviceProfile";
    public static final String SERVICE_PROFILE = "serviceProfile";
    public static final String APPLICATION = "application";
    public static final String TAGS = "tags";

    /// Every field, in the order of DESIGN.md.
    public static final List<String> ALL = List.of(DEV_EUI, NAME, ACTIVATION, MAC_VERSION, REGION, DEVICE_CLASS,
            JOIN_EUI, APP_KEY, NWK_KEY, DEV_ADDR, NWK_S_KEY, APP_S_KEY, F_NWK_S_INT_KEY, S_NWK_S_INT_KEY,
            NWK_S_ENC_KEY, F_CNT_UP, F_CNT_DOWN, DEVICE_PROFILE, SERVICE_PROFILE, APPLICATION, TAGS);

    private ImportFields() {}
}
