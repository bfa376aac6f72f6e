// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.NetId;
import lorabench.sim.device.DeviceState.ChannelState;

/// [DeviceStateStore] keeping one JSON file per device, `<dir>/<DevEUI>.json`, written to a temporary file and
/// moved into place so a crash never leaves half a state. Keys are stored in hex: the directory must be private to
/// the user, as the rest of LoRaBench's data directory is.
public final class JsonFileDeviceStateStore implements DeviceStateStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    public JsonFileDeviceStateStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public synchronized Optional<DeviceState> load(Eui64 devEui) {
        Path f = dir.resolve(devEui + ".json");
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromJson(JSON.readTree(f.toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    @Override
    public synchronized void save(Eui64 devEui, DeviceState s) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(devEui + ".json.tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), toJson(s));
            Files.move(tmp, dir.resolve(devEui + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the state of " + devEui, e);
        }
    }

    static ObjectNode toJson(DeviceState s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("joined", s.joined());
        s.devAddr().ifPresent(a -> o.put("devAddr", a.toString()));
        s.keys().ifPresent(k -> o.putObject("keys").put("fNwkSIntKey", k.fNwkSIntKey().toHex())
                .put("sNwkSIntKey", k.sNwkSIntKey().toHex()).put("nwkSEncKey", k.nwkSEncKey().toHex())
                .put("appSKey", k.appSKey().toHex()));
        o.put("fCntUp", s.fCntUp()).put("nFCntDown", s.nFCntDown()).put("aFCntDown", s.aFCntDown());
        o.put("devNonce", s.devNonce());
        ArrayNode used = o.putArray("usedDevNonces");
        s.usedDevNonces().forEach(used::add);
        o.put("lastJoinNonce", s.lastJoinNonce()).put("dataRate", s.dataRate())
                .put("txPowerIndex", s.txPowerIndex()).put("nbTrans", s.nbTrans());
        ArrayNode ch = o.putArray("channels");
        s.channels().forEach(c -> ch.addObject().put("frequencyHz", c.frequencyHz()).put("minDr", c.minDr())
                .put("maxDr", c.maxDr()).put("downlinkFrequencyHz", c.downlinkFrequencyHz())
                .put("enabled", c.enabled()));
        o.put("rx1DrOffset", s.rx1DrOffset()).put("rx2DataRate", s.rx2DataRate())
                .put("rx2FrequencyHz", s.rx2FrequencyHz()).put("rxDelaySeconds", s.rxDelaySeconds())
                .put("maxDutyCycle", s.maxDutyCycle());
        ObjectNode sb = o.putObject("subBandBlockedUntil");
        s.subBandBlockedUntil().forEach((k, v) -> sb.put(k, v.toString()));
        o.put("aggregatedBlockedUntil", s.aggregatedBlockedUntil().toString());
        o.put("adrAckCnt", s.adrAckCnt()).put("adrAckLimit", s.adrAckLimit()).put("adrAckDelay", s.adrAckDelay())
                .put("rekeyPending", s.rekeyPending()).put("resetPending", s.resetPending())
                .put("pingSlotFrequencyHz", s.pingSlotFrequencyHz()).put("pingSlotDataRate", s.pingSlotDataRate())
                .put("beaconFrequencyHz", s.beaconFrequencyHz()).put("uplinkDwellTime", s.uplinkDwellTime())
                .put("downlinkDwellTime", s.downlinkDwellTime()).put("maxEirpIndex", s.maxEirpIndex());
        DeviceState.RejoinState rj = s.rejoin();
        ObjectNode r = o.putObject("rejoin");
        rj.netId().ifPresent(n -> r.put("netId", n.toString()));
        r.put("rjCount0", rj.rjCount0()).put("type0UplinkLimit", rj.type0UplinkLimit())
                .put("type0TimeLimitSeconds", rj.type0TimeLimitSeconds())
                .put("uplinksSinceType0", rj.uplinksSinceType0());
        return o;
    }

    static DeviceState fromJson(JsonNode o) {
        Optional<SessionKeys.Keys11> keys = Optional.ofNullable(o.get("keys")).map(k -> new SessionKeys.Keys11(
                AesKey.parse(k.get("fNwkSIntKey").asText()), AesKey.parse(k.get("sNwkSIntKey").asText()),
                AesKey.parse(k.get("nwkSEncKey").asText()), AesKey.parse(k.get("appSKey").asText())));
        List<Integer> used = new ArrayList<>();
        o.get("usedDevNonces").forEach(n -> used.add(n.asInt()));
        List<ChannelState> channels = new ArrayList<>();
        o.get("channels").forEach(c -> channels.add(new ChannelState(c.get("frequencyHz").asLong(),
                c.get("minDr").asInt(), c.get("maxDr").asInt(), c.get("downlinkFrequencyHz").asLong(),
                c.get("enabled").asBoolean())));
        Map<String, Instant> blocked = new HashMap<>();
        o.get("subBandBlockedUntil").properties().forEach(e -> blocked.put(e.getKey(),
                Instant.parse(e.getValue().asText())));
        return new DeviceState(o.get("joined").asBoolean(),
                Optional.ofNullable(o.get("devAddr")).map(a -> DevAddr.parse(a.asText())), keys,
                o.get("fCntUp").asLong(), o.get("nFCntDown").asLong(), o.get("aFCntDown").asLong(),
                o.get("devNonce").asInt(), used, o.get("lastJoinNonce").asLong(), o.get("dataRate").asInt(),
                o.get("txPowerIndex").asInt(), o.get("nbTrans").asInt(), channels, o.get("rx1DrOffset").asInt(),
                o.get("rx2DataRate").asInt(), o.get("rx2FrequencyHz").asLong(), o.get("rxDelaySeconds").asInt(),
                o.get("maxDutyCycle").asInt(), blocked, Instant.parse(o.get("aggregatedBlockedUntil").asText()),
                o.get("adrAckCnt").asInt(), o.get("adrAckLimit").asInt(), o.get("adrAckDelay").asInt(),
                o.get("rekeyPending").asBoolean(), o.get("resetPending").asBoolean(),
                o.get("pingSlotFrequencyHz").asLong(), o.get("pingSlotDataRate").asInt(),
                o.get("beaconFrequencyHz").asLong(), o.get("uplinkDwellTime").asBoolean(),
                o.get("downlinkDwellTime").asBoolean(), o.get("maxEirpIndex").asInt(), rejoin(o.path("rejoin")));
    }

    /// Files saved before rejoins were simulated have no `rejoin` object: they read as [DeviceState.RejoinState#NONE].
    private static DeviceState.RejoinState rejoin(JsonNode r) {
        return new DeviceState.RejoinState(Optional.ofNullable(r.get("netId")).map(n -> NetId.parse(n.asText())),
                r.path("rjCount0").asInt(0), r.path("type0UplinkLimit").asInt(0),
                r.path("type0TimeLimitSeconds").asLong(0), r.path("uplinksSinceType0").asInt(0));
    }
}
