// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import java.util.Map;
import java.util.TreeMap;
import lorabench.store.Account;
import lorabench.store.AccountKind;

/// The OrbiWAN reading of a stored [Account]: its rights (seed OW-T; `is_admin` holds them all), the user that
/// owns its devices, and for an application sub-account its application id (`settings.accountid`; the stored
/// username is its UUID).
final class OwAccountView {
    /// The rights a new user gets unless the creating body says otherwise (decision 0011).
    static final Map<String, Boolean> DEFAULT_USER_RIGHTS = Map.ofEntries(Map.entry("can_register", true),
            Map.entry("can_access_gtw_info", false), Map.entry("can_own_gtw", true), Map.entry("can_add_gtw", true),
            Map.entry("can_mng_gtw", true), Map.entry("loraloc_enable", true),
            Map.entry("can_list_device_profiles", true), Map.entry("can_inspect_device_profiles", true),
            Map.entry("can_create_device_profiles", true), Map.entry("can_link_device_profiles", false),
            Map.entry("can_list_service_profiles", true), Map.entry("can_inspect_service_profiles", true),
            Map.entry("can_create_service_profiles", false), Map.entry("can_link_service_profiles", false),
            Map.entry("can_see_mac_msg", false), Map.entry("is_admin", false), Map.entry("user_admin", false));

    /// The rights an application sub-account may hold (seed §Create application).
    static final java.util.List<String> APP_RIGHTS = java.util.List.of("can_register", "can_access_gtw_info",
            "can_own_gtw", "can_add_gtw", "can_mng_gtw", "loraloc_enable");

    private OwAccountView() {}

    static boolean isAdmin(Account a) {
        return a.has("is_admin");
    }

    static boolean isApplication(Account a) {
        return a.kind() == AccountKind.APPLICATION;
    }

    /// {@return whether the account holds `right`}; administrators hold every right
    static boolean has(Account a, String right) {
        return isAdmin(a) || a.has(right);
    }

    static void require(Account a, String right) {
        if (!has(a, right)) {
            throw OwError.forbidden("the account has no right " + right);
        }
    }

    /// {@return the id of the user whose devices the account works on}
    static long ownerId(Account a) {
        return isApplication(a) ? a.parentId().orElseThrow() : a.id();
    }

    /// {@return the OrbiWAN application id of a sub-account}, or the username of a user
    static String accountId(Account a) {
        return isApplication(a) ? a.settings().path("accountid").asText(a.username()) : a.username();
    }

    /// {@return the rights as the API shows them}, with the defaults filled in
    static Map<String, Boolean> rights(Account a) {
        Map<String, Boolean> out = new TreeMap<>();
        if (!isApplication(a)) {
            out.putAll(DEFAULT_USER_RIGHTS);
            out.replaceAll((k, v) -> a.rights().containsKey(k) ? a.rights().get(k) : v);
        } else {
            APP_RIGHTS.forEach(r -> out.put(r, a.has(r)));
        }
        out.putAll(a.rights());
        return out;
    }
}
