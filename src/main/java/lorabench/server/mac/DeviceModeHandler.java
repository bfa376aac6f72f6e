// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.DeviceModeConf;
import lorabench.lorawan.mac.MacCommand.DeviceModeInd;
import lorabench.store.DeviceClass;

/// DeviceModeInd → DeviceModeConf (LoRaWAN L2 1.1 §5.16): the device switches between class A (0) and class C (2);
/// the network records the class and echoes it. RFU class values are echoed but change nothing.
final class DeviceModeHandler {
    Handled handle(MacUplink up, MacState s, DeviceModeInd ind) {
        if (!up.macVersion().is11()) {
            return Handled.silent(s, "DeviceModeInd ignored: it exists only in LoRaWAN 1.1");
        }
        DeviceClass cls = switch (ind.deviceClass()) {
            case 0 -> DeviceClass.A;
            case 2 -> DeviceClass.C;
            default -> null;
        };
        if (cls == null) {
            return Handled.reply(s, new DeviceModeConf(ind.deviceClass()),
                    "DeviceModeInd with RFU class " + ind.deviceClass() + ": echoed, class unchanged");
        }
        return Handled.reply(s.withDeviceClass(cls), new DeviceModeConf(ind.deviceClass()),
                "DeviceModeInd: device now in class " + cls);
    }
}
