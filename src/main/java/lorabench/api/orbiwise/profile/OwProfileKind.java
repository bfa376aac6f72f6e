// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.profile;

import lorabench.store.ProfileKind;

/// The OrbiWAN profile kinds: the `xx` of `/rest/xx-profiles` and of the `can_*_xx_profiles` rights (seed
/// §Profiles, "The following profiles exists"). The connectivity profile the seed mentions is folded into the
/// service profile (SEED-CHECKLIST AMB-OW-47).
public enum OwProfileKind {
    DEVICE("device", ProfileKind.DEVICE),
    SERVICE("service", ProfileKind.SERVICE);

    private final String xx;
    private final ProfileKind kind;

    OwProfileKind(String xx, ProfileKind kind) {
        this.xx = xx;
        this.kind = kind;
    }

    /// {@return the `xx` in `/rest/xx-profiles`}
    public String xx() {
        return xx;
    }

    public ProfileKind kind() {
        return kind;
    }

    /// {@return the stored schema-type name}, e.g. `orbiwise/device-profile`
    public String schemaType() {
        return "orbiwise/" + xx + "-profile";
    }

    String schemaResource() {
        return "/orbiwise/schemas/" + xx + "-profile.schema.json";
    }

    String linkSchemaResource() {
        return "/orbiwise/schemas/" + xx + "-profile-link.schema.json";
    }
}
