// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import lorabench.lorawan.types.AesKey;

/// A scenario expanded into concrete gateways and devices.
public record Expansion(Scenario scenario, List<GatewaySpec> gateways, List<DeviceSpec> devices) {
    public Expansion {
        Objects.requireNonNull(scenario, "scenario");
        gateways = List.copyOf(gateways);
        devices = List.copyOf(devices);
    }

    /// {@return one text line per gateway and device, holding every field (keys included)}: equal expansions give
    /// equal text, so a run log can record it and a test can compare it byte for byte
    public String canonicalText() {
        StringBuilder sb = new StringBuilder();
        for (GatewaySpec g : gateways) {
            sb.append("gateway|").append(g.index()).append('|').append(g.eui()).append('|').append(pos(g.position()))
                    .append('\n');
        }
        for (DeviceSpec d : devices) {
            DeviceIdentity id = d.identity();
            sb.append("device|").append(d.index()).append('|').append(d.template()).append('|').append(id.devEui())
                    .append('|').append(id.name()).append('|').append(id.activation()).append('|')
                    .append(id.macVersion()).append('|').append(id.region()).append('|').append(id.deviceClass())
                    .append('|').append(id.joinEui()).append('|')
                    .append(keys(id.appKey(), id.nwkKey(), id.nwkSKey(), id.appSKey(), id.fNwkSIntKey(),
                            id.sNwkSIntKey(), id.nwkSEncKey()))
                    .append('|').append(id.devAddr().map(Object::toString).orElse("-")).append('|')
                    .append(id.fCntUp()).append('|').append(id.fCntDown()).append('|')
                    .append(d.position().map(Expansion::pos).orElse("-")).append('|').append(d.txPowerDbm())
                    .append('|').append(d.adr()).append('|').append(d.dataRate()).append('|').append(d.uplink())
                    .append('|').append(d.payload()).append('|').append(d.behaviour()).append('|')
                    .append(d.joinAt().map(Object::toString).orElse("-")).append('|').append(d.firstUplinkAt())
                    .append('|').append(d.randomSeed()).append('\n');
        }
        return sb.toString();
    }

    /// {@return the SHA-256 of [#canonicalText()] in upper-case hex}
    public String fingerprint() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(canonicalText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a mandatory JDK algorithm", e);
        }
    }

    private static String pos(Position p) {
        return p.latitude() + "," + p.longitude() + "," + p.altitude();
    }

    @SafeVarargs
    private static String keys(Optional<AesKey>... keys) {
        return java.util.Arrays.stream(keys).map(k -> k.map(AesKey::toHex).orElse("-"))
                .collect(Collectors.joining(","));
    }
}
