// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import static lorabench.server.provisioning.ImportFields.ACTIVATION;
import static lorabench.server.provisioning.ImportFields.APPLICATION;
import static lorabench.server.provisioning.ImportFields.APP_KEY;
import static lorabench.server.provisioning.ImportFields.APP_S_KEY;
import static lorabench.server.provisioning.ImportFields.DEVICE_CLASS;
import static lorabench.server.provisioning.ImportFields.DEVICE_PROFILE;
import static lorabench.server.provisioning.ImportFields.DEV_ADDR;
import static lorabench.server.provisioning.ImportFields.DEV_EUI;
import static lorabench.server.provisioning.ImportFields.F_CNT_DOWN;
import static lorabench.server.provisioning.ImportFields.F_CNT_UP;
import static lorabench.server.provisioning.ImportFields.F_NWK_S_INT_KEY;
import static lorabench.server.provisioning.ImportFields.JOIN_EUI;
import static lorabench.server.provisioning.ImportFields.MAC_VERSION;
import static lorabench.server.provisioning.ImportFields.NAME;
import static lorabench.server.provisioning.ImportFields.NWK_KEY;
import static lorabench.server.provisioning.ImportFields.NWK_S_ENC_KEY;
import static lorabench.server.provisioning.ImportFields.NWK_S_KEY;
import static lorabench.server.provisioning.ImportFields.REGION;
import static lorabench.server.provisioning.ImportFields.SERVICE_PROFILE;
import static lorabench.server.provisioning.ImportFields.S_NWK_S_INT_KEY;
import static lorabench.server.provisioning.ImportFields.TAGS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.store.Activation;
import lorabench.store.Device;
import lorabench.store.DeviceClass;
import lorabench.store.SessionKeys;

/// Turns a [DeviceInput] into a [Device], or the list of everything wrong with it (in field order).
///
/// Required: `devEui`, `activation`, `macVersion`, `region`. OTAA needs `appKey`, and `nwkKey` too for LoRaWAN
/// 1.1; `joinEui` defaults to `0000000000000000`. ABP needs `devAddr` and `appSKey`, plus `nwkSKey` for 1.0 or
/// `fNwkSIntKey`, `sNwkSIntKey` and `nwkSEncKey` for 1.1 (LoRaWAN L2 1.1 §6.1.2, §6.2). `deviceClass` defaults to A,
/// `name` to the DevEUI, the counters to 0. A field that does not apply to the activation is ignored, but every
/// field given must be well formed.
public final class DeviceValidator {
    private static final long MAX_FCNT = 0xFFFF_FFFFL;
    private static final String REGIONS = Arrays.stream(BandId.values()).map(BandId::text)
            .collect(Collectors.joining(", "));

    /// The outcome of validating one input.
    public sealed interface Outcome {
        record Valid(Device device) implements Outcome {}

        record Invalid(List<Violation> violations) implements Outcome {
            public Invalid {
                violations = List.copyOf(violations);
            }
        }
    }

    /// {@return the device `input` describes}, or every violation found
    public Outcome validate(DeviceInput input) {
        return validate(input, KeyCustody.NETWORK);
    }

    /// {@return the device `input` describes}, or every violation found; under [KeyCustody#APPLICATION_MAY_HOLD] an
    /// OTAA device may lack `appKey` (1.0: the application answers its joins; 1.1: the network joins it with NwkKey
    /// and the application derives AppSKey) and an ABP device `appSKey` (its payloads pass through encrypted)
    public Outcome validate(DeviceInput input, KeyCustody custody) {
        boolean appMayHold = custody == KeyCustody.APPLICATION_MAY_HOLD;
        Checker c = new Checker(input);
        input.fields().keySet().stream().filter(f -> !ImportFields.ALL.contains(f)).sorted()
                .forEach(f -> c.violations.add(Violation.of(f, "is not a field of the import format")));
        Optional<Eui64> devEui = c.required(DEV_EUI).flatMap(v -> c.parse(DEV_EUI, v, Eui64::parse,
                "must be 16 hex digits (plain, 0x-prefixed or dash-separated), got '" + v + "'"));
        Optional<String> name = input.get(NAME);
        Optional<Activation> activation = c.required(ACTIVATION).flatMap(v -> c.parse(ACTIVATION, v,
                Activation::parse, "must be OTAA or ABP, got '" + v + "'"));
        Optional<MacVersion> version = c.required(MAC_VERSION).flatMap(v -> c.parse(MAC_VERSION, v,
                MacVersion::parse, "must be 1.0.0, 1.0.1, 1.0.2, 1.0.3, 1.0.4 or 1.1, got '" + v + "'"));
        Optional<BandId> region = c.required(REGION).flatMap(v -> c.parse(REGION, v, BandId::parse,
                "unknown region '" + v + "' (expected one of " + REGIONS + ")"));
        DeviceClass deviceClass = c.optional(DEVICE_CLASS, DeviceClass::parse, "must be A, B or C")
                .orElse(DeviceClass.A);
        Optional<Eui64> joinEui = c.optional(JOIN_EUI, Eui64::parse,
                "must be 16 hex digits (plain, 0x-prefixed or dash-separated)");
        Map<String, Optional<AesKey>> keys = new LinkedHashMap<>();
        Optional<DevAddr> devAddr = Optional.empty();
        for (String f : List.of(APP_KEY, NWK_KEY, DEV_ADDR, NWK_S_KEY, APP_S_KEY, F_NWK_S_INT_KEY, S_NWK_S_INT_KEY,
                NWK_S_ENC_KEY)) {
            if (f.equals(DEV_ADDR)) {
                devAddr = c.optional(DEV_ADDR, DevAddr::parse, "must be 8 hex digits");
            } else {
                keys.put(f, c.optional(f, AesKey::parse, "must be 32 hex digits (an AES-128 key)"));
            }
        }
        long fCntUp = c.optional(F_CNT_UP, DeviceValidator::fCnt, "must be an integer 0..4294967295").orElse(0L);
        long fCntDown = c.optional(F_CNT_DOWN, DeviceValidator::fCnt, "must be an integer 0..4294967295").orElse(0L);
        Map<String, String> tags = input.tags().isPresent() ? c.tagObject(input.tags().get())
                : c.optional(TAGS, DeviceValidator::tags, "must be key=value pairs separated by ';'").orElse(Map.of());

        if (activation.isPresent() && version.isPresent()) {
            boolean v11 = version.get().is11();
            if (activation.get() == Activation.OTAA) {
                if (!appMayHold) {
                    c.need(keys.get(APP_KEY), APP_KEY, "is required for OTAA devices");
                }
                if (v11) {
                    c.need(keys.get(NWK_KEY), NWK_KEY, "is required for LoRaWAN 1.1 OTAA devices");
                }
            } else {
                c.need(devAddr, DEV_ADDR, "is required for ABP devices");
                if (v11) {
                    for (String f : List.of(F_NWK_S_INT_KEY, S_NWK_S_INT_KEY, NWK_S_ENC_KEY)) {
                        c.need(keys.get(f), f, "is required for LoRaWAN 1.1 ABP devices");
                    }
                } else {
                    c.need(keys.get(NWK_S_KEY), NWK_S_KEY, "is required for LoRaWAN 1.0 ABP devices");
                }
                if (!appMayHold) {
                    c.need(keys.get(APP_S_KEY), APP_S_KEY, "is required for ABP devices");
                }
            }
        }
        if (!c.violations.isEmpty() || devEui.isEmpty() || activation.isEmpty() || version.isEmpty()
                || region.isEmpty()) {
            return new Outcome.Invalid(c.violations);
        }
        String deviceName = name.orElse(devEui.get().toString());
        Device d;
        if (activation.get() == Activation.OTAA) {
            d = Device.otaa(devEui.get(), deviceName, version.get(), region.get(),
                    joinEui.orElse(new Eui64(0)), keys.get(APP_KEY),
                    version.get().is11() ? keys.get(NWK_KEY) : Optional.empty());
        } else {
            SessionKeys sk = version.get().is11()
                    ? new SessionKeys(keys.get(F_NWK_S_INT_KEY).orElseThrow(), keys.get(S_NWK_S_INT_KEY).orElseThrow(),
                            keys.get(NWK_S_ENC_KEY).orElseThrow(), keys.get(APP_S_KEY))
                    : SessionKeys.of10(keys.get(NWK_S_KEY).orElseThrow(), keys.get(APP_S_KEY));
            d = Device.abp(devEui.get(), deviceName, version.get(), region.get(), devAddr.orElseThrow(), sk);
        }
        return new Outcome.Valid(d.withDeviceClass(deviceClass).withCounters(fCntUp, fCntDown)
                .withProfiles(input.get(DEVICE_PROFILE), input.get(SERVICE_PROFILE))
                .withApplication(input.get(APPLICATION)).withTags(tags));
    }

    private static long fCnt(String text) {
        long v = Long.parseLong(text);
        if (v < 0 || v > MAX_FCNT) {
            throw new IllegalArgumentException("out of range");
        }
        return v;
    }

    private static Map<String, String> tags(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("bad pair");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }

    /// Collects violations while parsing one input.
    private static final class Checker {
        private final DeviceInput input;
        private final List<Violation> violations = new ArrayList<>();

        Checker(DeviceInput input) {
            this.input = input;
        }

        Optional<String> required(String field) {
            Optional<String> v = input.get(field);
            if (v.isEmpty()) {
                violations.add(Violation.of(field, "is required"));
            }
            return v;
        }

        <T> Optional<T> parse(String field, String value, Function<String, T> parser, String reason) {
            try {
                return Optional.of(parser.apply(value));
            } catch (RuntimeException e) {
                violations.add(Violation.of(field, reason));
                return Optional.empty();
            }
        }

        <T> Optional<T> optional(String field, Function<String, T> parser, String reason) {
            return input.get(field).flatMap(v -> parse(field, v, parser,
                    field.equals(TAGS) || !isKey(field) ? reason + ", got '" + v + "'" : reason));
        }

        void need(Optional<?> value, String field, String reason) {
            boolean malformed = input.get(field).isPresent();
            if (value.isEmpty() && !malformed) {
                violations.add(Violation.of(field, reason));
            }
        }

        Map<String, String> tagObject(Map<String, String> tags) {
            for (String key : tags.keySet()) {
                if (key.isBlank()) {
                    violations.add(Violation.of(TAGS, "tag keys must not be empty"));
                    return Map.of();
                }
            }
            return tags;
        }

        /// Key values are never echoed back in a reason, so a mistyped key does not end up in logs.
        private static boolean isKey(String field) {
            return field.endsWith("Key");
        }
    }
}
