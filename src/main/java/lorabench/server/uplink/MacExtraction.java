// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import java.util.List;
import lorabench.lorawan.crypto.FCntKind;
import lorabench.lorawan.crypto.FOptsCipher;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FPort;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.store.DeviceSession;

/// The plaintext of a verified data uplink: its MAC commands (FOpts, decrypted under NwkSEncKey in 1.1 per the
/// FOpts erratum, or an FPort 0 FRMPayload under NwkSEncKey / NwkSKey) and its application payload (AppSKey).
/// L2 1.0.4 §4.3.1.6, §4.3.3; L2 1.1 §4.3.1.6. When the application holds the AppSKey the application payload is
/// the FRMPayload as on air (still encrypted).
public record MacExtraction(List<MacCommand> commands, Bytes payload, boolean macMalformed) {

    public static MacExtraction of(DeviceSession s, DataFrame frame, long fCnt32) {
        Bytes fOpts = frame.fHdr().fOpts();
        Bytes macBytes = Bytes.EMPTY;
        Bytes payload = Bytes.EMPTY;
        if (!fOpts.isEmpty()) {
            macBytes = s.macVersion().is11()
                    ? FOptsCipher.apply(s.keys().nwkSEncKey(), FCntKind.F_CNT_UP, s.devAddr(), fCnt32, fOpts) : fOpts;
        }
        if (frame.fPort().isPresent()) {
            FPort port = frame.fPort().get();
            // NOTE: without the AppSKey (held by the application) the payload is passed through as on air.
            Bytes plain = port.isMac() ? PayloadCipher.decrypt(s.keys().nwkSEncKey(), Direction.UPLINK, s.devAddr(),
                    fCnt32, frame.frmPayload())
                    : s.keys().appSKey().map(k -> PayloadCipher.decrypt(k, Direction.UPLINK, s.devAddr(), fCnt32,
                            frame.frmPayload())).orElse(frame.frmPayload());
            if (port.isMac()) {
                macBytes = plain;
            } else {
                payload = plain;
            }
        }
        try {
            return new MacExtraction(MacCommandCodec.decode(Direction.UPLINK, macBytes), payload, false);
        } catch (MalformedFrameException e) {
            // The frame is authentic; a bad MAC command list is the device's bug, so keep the payload.
            return new MacExtraction(List.of(), payload, true);
        }
    }
}
