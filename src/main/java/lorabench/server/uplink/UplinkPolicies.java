// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import lorabench.lorawan.frame.DataFrame;
import lorabench.store.Device;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The [UplinkPolicy]s northbound APIs registered, in registration order; the first refusal wins. With none the
/// server accepts every valid uplink. A policy that throws is logged and treated as "let it through": a broken rule
/// never loses uplinks.
public final class UplinkPolicies {
    private static final Logger LOG = LoggerFactory.getLogger(UplinkPolicies.class);

    private final List<UplinkPolicy> policies = new CopyOnWriteArrayList<>();

    /// Adds `policy`, consulted from the next uplink on.
    public void add(UplinkPolicy policy) {
        policies.add(Objects.requireNonNull(policy, "policy"));
    }

    /// {@return the first refusal of `frame` of `device`}, empty when every policy lets it through
    public Optional<UplinkPolicy.Refusal> check(Device device, DataFrame frame) {
        for (UplinkPolicy p : policies) {
            try {
                Optional<UplinkPolicy.Refusal> r = p.check(device, frame);
                if (r.isPresent()) {
                    return r;
                }
            } catch (RuntimeException e) {
                LOG.warn("uplink policy {} failed for {}; the uplink is let through", p.getClass().getName(),
                        device.devEui(), e);
            }
        }
        return Optional.empty();
    }
}
