// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.provisioning.Violation;
import lorabench.store.Device;
import lorabench.store.SessionKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceFormViewModelTest {
    private final DeviceFormViewModel form = DeviceFormViewModel.forNew(new SplittableRandom(5), true);

    @Test
    void aNewFormIsValidAtOnceWithGeneratedIdentityAndKey() {
        assertTrue(form.validProperty().get());
        assertEquals("Add virtual device", form.title());
        assertEquals(0x02, (int) (Eui64.parse(form.value("devEui").get()).value() >>> 56) & 0x02,
                "a generated DevEUI is locally administered");
        assertEquals("OTAA", form.input().fields().get("activation"));
        assertFalse(form.input().fields().containsKey("devAddr"), "ABP fields are not sent for OTAA");
    }

    @Test
    void generateButtonsFillKeysAndAddresses() {
        String before = form.value("appKey").get();
        form.generate("appKey");
        assertNotEquals(before, form.value("appKey").get());
        assertEquals(32, form.value("appKey").get().length());
        AesKey.parse(form.value("appKey").get());
        form.value("activation").set("ABP");
        form.generate("devAddr");
        DevAddr.parse(form.value("devAddr").get());
        form.generate("nwkSKey");
        form.generate("appSKey");
        assertTrue(form.validProperty().get(), () -> form.input().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            devEui | 0004A30B001C05   | must be 16 hex digits (plain, 0x-prefixed or dash-separated), got '0004A30B001C05'
            appKey | 00112233         | must be 32 hex digits (an AES-128 key)
            region | MARS433          | unknown region 'MARS433' (expected one of EU868, US915, AU915, CN470, AS923-1, AS923-2, AS923-3, IN865, RU864, JP923, KR920)
            """)
    void aBadFieldIsExplainedBesideItAndBlocksSaving(String field, String value, String reason) {
        form.value(field).set(value);
        assertFalse(form.validProperty().get());
        assertEquals(reason, form.errorOf(field).get());
        assertEquals("", form.errorOf("name").get());
    }

    @Test
    void abpWithLoRaWan11AsksForTheThreeNetworkKeys() {
        form.value("activation").set("ABP");
        form.value("macVersion").set("1.1");
        assertFalse(form.relevantProperty("appKey").get());
        assertFalse(form.relevantProperty("nwkSKey").get());
        assertTrue(form.relevantProperty("sNwkSIntKey").get());
        assertEquals("is required for ABP devices", form.errorOf("devAddr").get());
        assertEquals("is required for LoRaWAN 1.1 ABP devices", form.errorOf("fNwkSIntKey").get());
    }

    @Test
    void violationsFromSavingLandBesideTheirFields() {
        List<Violation> rest = form.showViolations(List.of(Violation.of("devEui", "a device with DevEUI X exists"),
                Violation.ofRow("the store failed")));
        assertEquals("a device with DevEUI X exists", form.errorOf("devEui").get());
        assertEquals(List.of(Violation.ofRow("the store failed")), rest);
        assertFalse(form.validProperty().get());
    }

    @Test
    void anEditFormShowsTheDeviceAndKeepsItsDevEui() {
        AesKey k = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
        Device abp = Device.abp(new Eui64(0x70B3D57ED0001234L), "meter", MacVersion.V1_0_3, BandId.EU868,
                new DevAddr(0x26011BDA), SessionKeys.of10(k, k));
        DeviceFormViewModel edit = DeviceFormViewModel.forEdit(abp, new SplittableRandom(1));
        assertTrue(edit.editing());
        assertTrue(edit.validProperty().get());
        assertEquals("26011BDA", edit.value("devAddr").get());
        edit.generateDevEui();
        assertEquals("70B3D57ED0001234", edit.value("devEui").get());
        assertEquals(k.toHex(), edit.input().fields().get("nwkSKey"));
    }
}
