// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import lorabench.store.PushTarget;

/// A push target as the master table shows it: account, the URL up to the topic path (host, port and the
/// customised path prefix), authentication kind, data format and whether it is started.
public record TargetRow(PushTarget target, AccountChoice account, String url, String auth, String dataFormat,
        String state) {

    public static TargetRow of(PushTarget t, AccountChoice account) {
        return new TargetRow(t, account, t.url() + t.settings().path("path_prefix").asText(""),
                AuthKind.of(t.auth()).label(), t.dataFormat(), t.enabled() ? "started" : "stopped");
    }
}
