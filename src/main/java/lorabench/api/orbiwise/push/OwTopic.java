// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/// The OrbiWAN push notification types (seed §Push Customization, topic table; OW-J-01): the name used in
/// `push_subscription`, the `topic_path` of the default URL, the HTTP method and whether it is subscribed by
/// default (AMB-OW-23: `payloads_ul_early` and `alarm` are not; `join` and `location` are "enabled" but only
/// apply to devices without a key or with geolocation).
public enum OwTopic {
    PAYLOADS_UL_EARLY("payloads_ul_early", "payloads/ul_early", "POST", false),
    PAYLOADS_UL("payloads_ul", "payloads/ul", "POST", true),
    PAYLOADS_DL("payloads_dl", "payloads/dl", "PUT", true),
    MULTICAST("multicast", "multicast", "PUT", true),
    NODEINFO("nodeinfo", "nodeinfo", "PUT", true),
    STATUS("status", "status", "PUT", true),
    JOIN("join", "join", "PUT", true),
    JOININFO("joininfo", "joininfo", "PUT", true),
    LOCATION("location", "location", "PUT", true),
    ALARM("alarm", "alarm", "POST", false);

    private final String wireName;
    private final String topicPath;
    private final String method;
    private final boolean byDefault;

    OwTopic(String wireName, String topicPath, String method, boolean byDefault) {
        this.wireName = wireName;
        this.topicPath = topicPath;
        this.method = method;
        this.byDefault = byDefault;
    }

    public String wireName() {
        return wireName;
    }

    public String topicPath() {
        return topicPath;
    }

    public String method() {
        return method;
    }

    /// {@return the topic named `name`} in `push_subscription`
    public static Optional<OwTopic> of(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /// {@return the default subscription}
    public static Set<OwTopic> defaults() {
        return Arrays.stream(values()).filter(t -> t.byDefault)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OwTopic.class)));
    }

    /// {@return the comma list of `topics`}, in table order
    public static String list(Set<OwTopic> topics) {
        return topics.stream().sorted().map(OwTopic::wireName).collect(Collectors.joining(","));
    }
}
