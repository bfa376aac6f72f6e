// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.Optional;

/// Which devices a list or count covers; every present criterion must hold. `search` matches a case-insensitive
/// substring of the name or the DevEUI hex; `tagKey` alone matches devices having that tag, with `tagValue` only
/// that value.
public record DeviceFilter(Optional<Long> ownerAccountId, Optional<String> application, Optional<String> search,
        Optional<String> tagKey, Optional<String> tagValue) {

    public DeviceFilter {
        if (tagValue.isPresent() && tagKey.isEmpty()) {
            throw new IllegalArgumentException("a tag value filter needs its tag key");
        }
    }

    public static DeviceFilter all() {
        return new DeviceFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public DeviceFilter owner(long accountId) {
        return new DeviceFilter(Optional.of(accountId), application, search, tagKey, tagValue);
    }

    public DeviceFilter application(String name) {
        return new DeviceFilter(ownerAccountId, Optional.of(name), search, tagKey, tagValue);
    }

    public DeviceFilter search(String text) {
        return new DeviceFilter(ownerAccountId, application, Optional.of(text), tagKey, tagValue);
    }

    public DeviceFilter tag(String key) {
        return new DeviceFilter(ownerAccountId, application, search, Optional.of(key), Optional.empty());
    }

    public DeviceFilter tag(String key, String value) {
        return new DeviceFilter(ownerAccountId, application, search, Optional.of(key), Optional.of(value));
    }
}
