// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.band.RegionalRevision;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;

/// A provisioned device: every field of the import format (DESIGN.md, `lorabench devices import`) plus its owner,
/// position, the relaxed-FCnt flag, the last radio contact and vendor `attributes` (a JSON object).
///
/// OTAA devices carry `joinEui` and root keys (`appKey`; `nwkKey` for 1.1); ABP devices carry `devAddr` and
/// `abpKeys` with their initial frame counters. A LoRaWAN 1.0 OTAA device without `appKey` has its join answered
/// by the application ([#joinByApplication()], OrbiWAN's `join` callback); a 1.1 OTAA device without `appKey` is
/// joined by the network with its NwkKey, the application deriving AppSKey itself; an ABP device whose `abpKeys`
/// lack the AppSKey has its payloads passed through encrypted. `region` is the band (stored as its canonical name). The repository
/// stamps `created` and `updated`.
public record Device(Eui64 devEui, String name, Activation activation, MacVersion macVersion, BandId region,
        DeviceClass deviceClass, Optional<Eui64> joinEui, Optional<AesKey> appKey, Optional<AesKey> nwkKey,
        Optional<DevAddr> devAddr, Optional<SessionKeys> abpKeys, long fCntUp, long fCntDown,
        Optional<String> deviceProfile, Optional<String> serviceProfile, Optional<String> application,
        Map<String, String> tags, Optional<Long> ownerAccountId, Optional<Position> position, boolean relaxedFCnt,
        Optional<Instant> lastSeen, Optional<Double> lastRssi, Optional<Double> lastSnr, JsonNode attributes,
        Instant created, Instant updated) {

    public static final long MAX_FCNT = 0xFFFF_FFFFL;

    public Device {
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(macVersion, "macVersion");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(deviceClass, "deviceClass");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        for (Optional<?> o : new Optional<?>[] {joinEui, appKey, nwkKey, devAddr, abpKeys, deviceProfile,
                serviceProfile, application, ownerAccountId, position, lastSeen, lastRssi, lastSnr}) {
            Objects.requireNonNull(o, "optional fields are Optional.empty(), never null");
        }
        if (activation == Activation.OTAA && joinEui.isEmpty()) {
            throw new IllegalArgumentException("an OTAA device needs joinEui");
        }
        if (activation == Activation.OTAA && macVersion.is11() && nwkKey.isEmpty()) {
            throw new IllegalArgumentException("a LoRaWAN 1.1 OTAA device needs nwkKey");
        }
        if (activation == Activation.ABP && (devAddr.isEmpty() || abpKeys.isEmpty())) {
            throw new IllegalArgumentException("an ABP device needs devAddr and its session keys");
        }
        if (fCntUp < 0 || fCntUp > MAX_FCNT || fCntDown < 0 || fCntDown > MAX_FCNT) {
            throw new IllegalArgumentException("frame counters must be 0..4294967295");
        }
        tags = Map.copyOf(tags);
    }

    /// {@return a draft OTAA device} of class A; `nwkKey` is needed for 1.1 only
    public static Device otaa(Eui64 devEui, String name, MacVersion version, BandId region, Eui64 joinEui,
            AesKey appKey, Optional<AesKey> nwkKey) {
        return otaa(devEui, name, version, region, joinEui, Optional.of(appKey), nwkKey);
    }

    /// {@return a draft OTAA device} of class A; without `appKey` (LoRaWAN 1.0 only) the application answers its
    /// joins
    public static Device otaa(Eui64 devEui, String name, MacVersion version, BandId region, Eui64 joinEui,
            Optional<AesKey> appKey, Optional<AesKey> nwkKey) {
        return new Device(devEui, name, Activation.OTAA, version, region, DeviceClass.A, Optional.of(joinEui),
                appKey, nwkKey, Optional.empty(), Optional.empty(), 0, 0, Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), StoreJson.emptyObject(), Instant.EPOCH,
                Instant.EPOCH);
    }

    /// {@return a draft ABP device} of class A with its frame counters at 0
    public static Device abp(Eui64 devEui, String name, MacVersion version, BandId region, DevAddr devAddr,
            SessionKeys keys) {
        return new Device(devEui, name, Activation.ABP, version, region, DeviceClass.A, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(devAddr), Optional.of(keys), 0, 0, Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), StoreJson.emptyObject(), Instant.EPOCH,
                Instant.EPOCH);
    }

    /// {@return whether the application answers this device's join-requests}: a LoRaWAN 1.0 OTAA device whose
    /// AppKey the network does not hold (OrbiWAN key scheme "OTAA 1.0.x" without keys)
    public boolean joinByApplication() {
        return activation == Activation.OTAA && !macVersion.is11() && appKey.isEmpty();
    }

    public Device withName(String newName) {
        return new Device(devEui, newName, activation, macVersion, region, deviceClass, joinEui, appKey, nwkKey,
                devAddr, abpKeys, fCntUp, fCntDown, deviceProfile, serviceProfile, application, tags, ownerAccountId,
                position, relaxedFCnt, lastSeen, lastRssi, lastSnr, attributes, created, updated);
    }

    public Device withDeviceClass(DeviceClass newClass) {
        return new Device(devEui, name, activation, macVersion, region, newClass, joinEui, appKey, nwkKey,
                devAddr, abpKeys, fCntUp, fCntDown, deviceProfile, serviceProfile, application, tags, ownerAccountId,
                position, relaxedFCnt, lastSeen, lastRssi, lastSnr, attributes, created, updated);
    }

    public Device withCounters(long newFCntUp, long newFCntDown) {
        return new Device(devEui, name, activation, macVersion, region, deviceClass, joinEui, appKey, nwkKey,
                devAddr, abpKeys, newFCntUp, newFCntDown, deviceProfile, serviceProfile, application, tags,
                ownerAccountId, position, relaxedFCnt, lastSeen, lastRssi, lastSnr, attributes, created, updated);
    }

    public Device withProfiles(Optional<String> newDeviceProfile, Optional<String> newServiceProfile) {
        return new Device(devEui, name, activation, macVersion, region, deviceClass, joinEui, appKey, nwkKey,
                devAddr, abpKeys, fCntUp, fCntDown, newDeviceProfile, newServiceProfile, application, tags,
                ownerAccountId, position, relaxedFCnt, lastSeen, lastRssi, lastSnr, attributes, created, updated);
    }

    public Device withApplication(Optional<String> newApplication) {
        return new Device(devEui, name, activation, macVersion, region, deviceClass, joinEui, appKey, nwkKey,
                devAddr, abpKeys, fCntUp, fCntDown, deviceProfile, serviceProfile, newApplication, tags,
                ownerAccountId, position, relaxedFCnt, lastSeen, lastRssi, lastSnr, attributes, created, updated);
    }

    public Device withTags(Map<String, String> newTags) {
        return new Device(devEui, name, activation, macVersion, region, deviceClass, joinEui, appKey, nwkKey,
                devAddr, abpKeys, fCntUp, fCntDown, deviceProfile, serviceProfile, application, newTags,
                ownerAccountId, position, relaxedFCnt, lastSeen, lastRssi, lastSnr, attributes, created, updated);
    }

    public Device withOwner(Optional<Long> newOwner) {
        return new Device(devEui, name, activation, macVersion, region, deviceClass, joinEui, appKey, nwkKey,
                devAddr, abpKeys, fCntUp, fCntDown, deviceProfile, serviceProfile, application, tags, newOwner,
                position, relaxedFCnt, lastSeen, lastRssi, lastSnr, attributes, created, updated);
    }

    public Device withPosition(Optional<Position> newPosition) {
        return new Device(devEui, name, activation, macVersion, region, deviceClass, joinEui, appKey, nwkKey,
                devAddr, abpKeys, fCntUp, fCntDown, deviceProfile, serviceProfile, application, tags, ownerAccountId,
                newPosition, relaxedFCnt, lastSeen, lastRssi, lastSnr, attributes, created, updated);
    }

    public Device withRelaxedFCnt(boolean relaxed) {
        return new Device(devEui, name, activation, macVersion, region, deviceClass, joinEui, appKey, nwkKey,
                devAddr, abpKeys, fCntUp, fCntDown, deviceProfile, serviceProfile, application, tags, ownerAccountId,
                position, relaxed, lastSeen, lastRssi, lastSnr, attributes, created, updated);
    }

    public Device withAttributes(JsonNode newAttributes) {
        return new Device(devEui, name, activation, macVersion, region, deviceClass, joinEui, appKey, nwkKey,
                devAddr, abpKeys, fCntUp, fCntDown, deviceProfile, serviceProfile, application, tags, ownerAccountId,
                position, relaxedFCnt, lastSeen, lastRssi, lastSnr, newAttributes, created, updated);
    }

    /// The attribute naming the regional-parameters revision the device follows (a [RegionalRevision] key such as
    /// `1.0.2rB`); absent means the latest, RP002-1.0.4. Set by a vendor API from the device's profile.
    public static final String REGIONAL_PARAMETERS = "regionalParameters";

    /// {@return the revision of [#REGIONAL_PARAMETERS]}, empty when none (or an unreadable one) is set
    public Optional<RegionalRevision> regionalRevision() {
        JsonNode r = attributes.path(REGIONAL_PARAMETERS);
        if (!r.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RegionalRevision.parse(r.asText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /// {@return the regional parameters the device follows}: its region in its revision, or in the latest when no
    /// revision is set or the revision does not define the region
    public Band band() {
        return regionalRevision().flatMap(r -> Bands.find(region, r)).orElseGet(() -> Bands.lookup(region));
    }

    /// {@return this device following `revision`} (the latest when empty)
    public Device withRegionalRevision(Optional<RegionalRevision> revision) {
        ObjectNode attrs = attributes.isObject() ? ((ObjectNode) attributes).deepCopy()
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        revision.ifPresentOrElse(r -> attrs.put(REGIONAL_PARAMETERS, r.key()), () -> attrs.remove(REGIONAL_PARAMETERS));
        return withAttributes(attrs);
    }
}
