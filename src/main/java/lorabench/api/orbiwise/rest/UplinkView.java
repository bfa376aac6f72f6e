// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lorabench.api.orbiwise.OwSessionIds;
import lorabench.api.orbiwise.decoder.DecoderInput;
import lorabench.lorawan.airtime.Airtime;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.types.Direction;
import lorabench.store.Device;
import lorabench.store.GatewayRx;
import lorabench.store.Account;
import lorabench.store.PushAnswer;
import lorabench.store.PushAnswerRepository;
import lorabench.store.Uplink;

/// Uplink objects (seed §Get uplink payloads): the documented members, plus `devaddr` and `freq` (Hz) as the seed's
/// own examples show (AMB-OW-15); `gtw_info` only with the `can_access_gtw_info` right; `push_status` on request;
/// `decoded` when the device profile has a payload decoder (AMB-OW-71).
///
/// `push_status` has one entry per push target that answered, with its account: `app` is the application id (the
/// username for the user account's own push), `app_uuid` the sub-account's UUID (absent for a user), `status` the
/// last HTTP status the target answered, or 0 when no answer came (refused, timed out, queue full).
final class UplinkView {
    private static final Pattern LORA = Pattern.compile("SF(\\d+)BW(\\d+)");

    /// What the caller asked to see.
    record Options(OwFormat.DataFormat format, boolean gatewayInfo, boolean pushStatus, boolean locations) {}

    private final OwServices s;
    private final PushAnswerRepository answers;

    UplinkView(OwServices s) {
        this.s = s;
        this.answers = new PushAnswerRepository(s.db());
    }

    ObjectNode of(Device d, Uplink u, Options o) {
        ObjectNode n = s.json().createObjectNode();
        n.put("dataFrame", o.format().encode(u.payload()));
        n.put("confirmed", u.confirmed());
        if (u.fPort().isPresent()) {
            n.put("port", u.fPort().get());
        } else {
            n.putNull("port");
        }
        n.put("timestamp", OwFormat.time(u.received()));
        n.put("fcnt", u.fCnt());
        GatewayRx best = u.gateways().isEmpty() ? null : u.gateways().getFirst();
        n.put("rssi", best == null ? 0 : best.rssi());
        n.put("snr", best == null ? 0 : best.snr());
        Matcher m = LORA.matcher(u.dataRate());
        if (m.matches()) {
            n.put("sf_used", Integer.parseInt(m.group(1)));
        }
        n.put("dr_used", u.dataRate());
        n.put("cr_used", "4/5");
        n.put("device_redundancy", 1);
        airtime(d, u).ifPresent(ms -> n.put("time_on_air_ms", ms));
        n.put("id", u.id());
        n.put("session_id", sessionId(d, u));
        n.put("decrypted", !lorabench.api.orbiwise.OwKeySchemes.applicationEncrypts(d));
        n.put("devaddr", u.devAddr().toString());
        n.put("freq", u.frequencyHz());
        if (o.gatewayInfo()) {
            ArrayNode g = n.putArray("gtw_info");
            u.gateways().forEach(rx -> g.addObject().put("gtw_id", rx.gatewayEui().toString()).put("rssi", rx.rssi())
                    .put("snr", rx.snr()));
        }
        if (o.pushStatus()) {
            ArrayNode p = n.putArray("push_status");
            for (PushAnswer a : answers.byUplink(u.id())) {
                Optional<Account> who = s.accounts().find(a.accountId());
                if (who.isPresent()) {
                    ObjectNode e = p.addObject().put("app", OwAccountView.accountId(who.get()));
                    if (OwAccountView.isApplication(who.get())) {
                        e.put("app_uuid", who.get().username());
                    }
                    e.put("status", a.status().orElse(0));
                }
            }
        }
        if (o.locations() && d.position().isPresent()) {
            n.put("latitude", d.position().get().latitude());
            n.put("longitude", d.position().get().longitude());
        }
        decoded(d, u).ifPresent(j -> n.set("decoded", j));
        return n;
    }

    private Optional<com.fasterxml.jackson.databind.JsonNode> decoded(Device d, Uplink u) {
        if (d.deviceProfile().isEmpty() || u.fPort().isEmpty() || u.fPort().get() == 0
                || lorabench.api.orbiwise.OwKeySchemes.applicationEncrypts(d)) {
            return Optional.empty();
        }
        return s.profiles().effectiveDecoder(d.deviceProfile().get())
                .flatMap(src -> s.decoder().decode(src, DecoderInput.of(u.fPort().get(), u.payload())));
    }

    /// {@return the session id}: a name-based UUID of the device and the DevAddr of the session it came in
    static String sessionId(Device d, Uplink u) {
        return OwSessionIds.of(d.devEui(), u.devAddr());
    }

    private static Optional<Double> airtime(Device d, Uplink u) {
        Band band = Bands.lookup(d.region());
        var dr = band.dataRateIndex(u.dataRate(), Direction.UPLINK);
        if (dr.isEmpty()) {
            return Optional.empty();
        }
        return band.dataRate(dr.getAsInt()).map(rate -> Airtime.of(rate, u.phyPayload().size(), Direction.UPLINK)
                .toNanos() / 1e6);
    }
}
