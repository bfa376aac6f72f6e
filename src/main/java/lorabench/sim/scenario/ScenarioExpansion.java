// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;

/// Expands a [Scenario]'s templates into concrete gateways and devices, deterministically from the seed.
///
/// Determinism and stability: every template draws from its own stream, `derive(seed, "devices/" + name)`, and every
/// device from `derive(templateStream, "device/" + i)`, so the same scenario gives a byte-identical expansion, and
/// reordering, adding or removing templates changes no other template's devices (DevEUIs, keys, positions, timing),
/// only their global `index`. Generated gateways use `derive(seed, "gateways/" + entryIndex)`: they depend on the
/// order of the `gateways` list. Devices of CSV entries come after the templates' devices, in entry and file order.
public final class ScenarioExpansion {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(index|devEui|template)(?::(0?)(\\d+))?}");

    private ScenarioExpansion() {}

    /// {@return the expansion of `scenario`}
    /// @throws ScenarioException when two gateways or two devices end up with the same EUI
    public static Expansion expand(Scenario scenario) {
        List<GatewaySpec> gateways = new ArrayList<>();
        Map<Eui64, String> gatewayOwner = new HashMap<>();
        for (int e = 0; e < scenario.gateways().size(); e++) {
            String path = "gateways[" + e + "]";
            switch (scenario.gateways().get(e)) {
                case GatewayTemplate.Fixed f -> addGateway(gateways, gatewayOwner, path, f.eui(), f.position());
                case GatewayTemplate.Generated g -> {
                    RandomGenerator random = Seeds.random(Seeds.derive(scenario.seed(), "gateways/" + e));
                    for (int i = 0; i < g.count(); i++) {
                        addGateway(gateways, gatewayOwner, path, g.eui().at(i), g.placement().place(i, random));
                    }
                }
            }
        }
        List<DeviceSpec> devices = new ArrayList<>();
        Map<Eui64, String> deviceOwner = new HashMap<>();
        for (int t = 0; t < scenario.devices().size(); t++) {
            DeviceTemplate template = scenario.devices().get(t);
            String path = "devices[" + t + "]";
            long templateSeed = Seeds.derive(scenario.seed(), "devices/" + template.name());
            for (int i = 0; i < template.count(); i++) {
                DeviceSpec d = device(template, devices.size(), i, templateSeed);
                String other = deviceOwner.putIfAbsent(d.identity().devEui(), path);
                if (other != null) {
                    throw new ScenarioException(path + ".devEui", "DevEUI " + d.identity().devEui()
                            + " is also used by " + other);
                }
                devices.add(d);
            }
        }
        for (CsvDevices c : scenario.csvDevices()) {
            for (DeviceSpec d : c.devices()) {
                String other = deviceOwner.putIfAbsent(d.identity().devEui(), "CSV entry '" + c.name() + "'");
                if (other != null) {
                    throw new ScenarioException("devices", "DevEUI " + d.identity().devEui() + " of CSV entry '"
                            + c.name() + "' is also used by " + other);
                }
                devices.add(new DeviceSpec(devices.size(), d.template(), d.identity(), d.position(), d.txPowerDbm(),
                        d.adr(), d.dataRate(), d.uplink(), d.payload(), d.behaviour(), d.joinAt(),
                        d.firstUplinkAt(), d.randomSeed()));
            }
        }
        return new Expansion(scenario, gateways, devices);
    }

    private static void addGateway(List<GatewaySpec> out, Map<Eui64, String> owner, String path, Eui64 eui,
                                   Position position) {
        String other = owner.putIfAbsent(eui, path);
        if (other != null) {
            throw new ScenarioException(path + ".eui", "gateway EUI " + eui + " is also used by " + other);
        }
        out.add(new GatewaySpec(out.size(), eui, position));
    }

    private static DeviceSpec device(DeviceTemplate t, int globalIndex, int i, long templateSeed) {
        RandomGenerator random = Seeds.random(Seeds.derive(templateSeed, "device/" + i));
        Eui64 devEui = t.devEuis().devEui(i);
        boolean v11 = t.macVersion().is11();
        boolean otaa = t.activation() == Activation.OTAA;
        Optional<AesKey> appKey = Optional.empty();
        Optional<AesKey> nwkKey = Optional.empty();
        Optional<AesKey> nwkSKey = Optional.empty();
        Optional<AesKey> appSKey = Optional.empty();
        Optional<AesKey> fNwkSIntKey = Optional.empty();
        Optional<AesKey> sNwkSIntKey = Optional.empty();
        Optional<AesKey> nwkSEncKey = Optional.empty();
        switch (t.keys()) {
            case KeySource.Generate g -> {
                if (otaa) {
                    appKey = Optional.of(AesKey.generate(random));
                    nwkKey = v11 ? Optional.of(AesKey.generate(random)) : Optional.empty();
                } else if (v11) {
                    fNwkSIntKey = Optional.of(AesKey.generate(random));
                    sNwkSIntKey = Optional.of(AesKey.generate(random));
                    nwkSEncKey = Optional.of(AesKey.generate(random));
                    appSKey = Optional.of(AesKey.generate(random));
                } else {
                    nwkSKey = Optional.of(AesKey.generate(random));
                    appSKey = Optional.of(AesKey.generate(random));
                }
            }
            case KeySource.Fixed f -> {
                appKey = f.appKey();
                nwkKey = f.nwkKey();
                nwkSKey = f.nwkSKey();
                appSKey = f.appSKey();
                fNwkSIntKey = f.fNwkSIntKey();
                sNwkSIntKey = f.sNwkSIntKey();
                nwkSEncKey = f.nwkSEncKey();
            }
        }
        Optional<DevAddr> devAddr = otaa ? Optional.empty()
                : t.devAddrStart().map(a -> new DevAddr(a.value() + i));
        DeviceIdentity identity = new DeviceIdentity(devEui, name(t, i, devEui), t.activation(), t.macVersion(),
                t.region(), t.deviceClass(), t.joinEui(), appKey, nwkKey, devAddr, nwkSKey, appSKey, fNwkSIntKey,
                sNwkSIntKey, nwkSEncKey, 0, 0, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        Position position = t.placement().place(i, random);
        Optional<Duration> joinAt = otaa && t.join().atStart()
                ? Optional.of(fraction(t.join().spread(), random.nextDouble())) : Optional.empty();
        Duration firstUplink = fraction(t.uplink().interval(), random.nextDouble());
        long runtimeSeed = Seeds.derive(templateSeed, "runtime/" + i);
        return new DeviceSpec(globalIndex, t.name(), identity, Optional.of(position), t.txPowerDbm(), t.adr(),
                t.dataRate(), t.uplink(), t.payload(), t.behaviour(), joinAt, firstUplink, runtimeSeed);
    }

    private static Duration fraction(Duration d, double u) {
        return Duration.ofMillis((long) Math.floor(d.toMillis() * u));
    }

    /// {@return the name `pattern` gives device `i` (0-based) of template `t`}
    static String name(DeviceTemplate t, int i, Eui64 devEui) {
        Matcher m = PLACEHOLDER.matcher(t.namePattern());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "index" -> m.group(3) == null ? Integer.toString(i + 1)
                        : String.format("%0" + Integer.parseInt(m.group(3)) + "d", i + 1);
                case "devEui" -> devEui.toString();
                default -> t.name();
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
