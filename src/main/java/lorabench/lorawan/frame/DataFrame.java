// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;

/// A data frame: MHDR | FHDR | [FPort | FRMPayload] | MIC (LoRaWAN L2 1.0.4 §4.3). FOpts and FRMPayload hold the
/// bytes as on air.
///
/// An absent FPort is an empty `Optional` (never `null`); FRMPayload must then be empty. A present FPort may come
/// with an empty FRMPayload (one byte after the FHDR on air). Rules enforced here and by the decoder:
/// FPort 0 with non-empty FOpts is forbidden (§4.3.1.6: MAC commands are either in FOpts or in an FPort 0
/// payload, never both); an uplink has no FPending and a downlink no ClassB; the whole PHYPayload is at most
/// 255 bytes.
public record DataFrame(MHdr mHdr, FHdr fHdr, Optional<FPort> fPort, Bytes frmPayload, Bytes mic)
        implements PhyPayload {
    /// MHDR, DevAddr, FCtrl, FCnt and MIC.
    public static final int MIN_SIZE = 12;

    public DataFrame {
        Objects.requireNonNull(mHdr, "mHdr");
        if (!mHdr.mType().isData()) {
            throw new IllegalArgumentException(mHdr.mType().specName() + " is not a data frame type");
        }
        Checks.r1(mHdr);
        Objects.requireNonNull(fHdr, "fHdr");
        Objects.requireNonNull(fPort, "fPort");
        Objects.requireNonNull(frmPayload, "frmPayload");
        Checks.mic(mic);
        if (fPort.isEmpty() && !frmPayload.isEmpty()) {
            throw new IllegalArgumentException("a non-empty FRMPayload needs an FPort");
        }
        if (fPort.filter(FPort::isMac).isPresent() && !fHdr.fOpts().isEmpty()) {
            throw new IllegalArgumentException("FPort 0 with non-empty FOpts is not allowed");
        }
        Direction d = mHdr.mType().direction().orElseThrow();
        if (d == Direction.UPLINK && fHdr.fCtrl().fPending()) {
            throw new IllegalArgumentException("FPending is a downlink bit; an uplink has ClassB there");
        }
        if (d == Direction.DOWNLINK && fHdr.fCtrl().classB()) {
            throw new IllegalArgumentException("ClassB is an uplink bit; a downlink has FPending there");
        }
        int size = MIN_SIZE + fHdr.fOpts().size() + (fPort.isPresent() ? 1 : 0) + frmPayload.size();
        if (size > Checks.MAX_PHY_PAYLOAD) {
            throw new IllegalArgumentException("the PHYPayload would be " + size + " bytes; at most 255 fit");
        }
    }

    /// {@return a frame with an FPort}
    public static DataFrame of(MType mType, FHdr fHdr, int fPort, Bytes frmPayload, Bytes mic) {
        return new DataFrame(MHdr.of(mType), fHdr, Optional.of(new FPort(fPort)), frmPayload, mic);
    }

    /// {@return a frame without FPort and FRMPayload} (FOpts only, or an empty frame)
    public static DataFrame withoutPort(MType mType, FHdr fHdr, Bytes mic) {
        return new DataFrame(MHdr.of(mType), fHdr, Optional.empty(), Bytes.EMPTY, mic);
    }

    public Direction direction() {
        return mHdr.mType().direction().orElseThrow();
    }

    public boolean confirmed() {
        return mHdr.mType().isConfirmed();
    }

    public DataFrame withMic(Bytes newMic) {
        return new DataFrame(mHdr, fHdr, fPort, frmPayload, newMic);
    }

    /// {@return this frame with another FRMPayload} (encrypted or decrypted by the caller), same FPort
    public DataFrame withFrmPayload(Bytes newPayload) {
        return new DataFrame(mHdr, fHdr, fPort, newPayload, mic);
    }

    /// {@return this frame with other FOpts}, FOptsLen adjusted
    public DataFrame withFOpts(Bytes newFOpts) {
        return new DataFrame(mHdr, fHdr.withFOpts(newFOpts), fPort, frmPayload, mic);
    }

    public DataFrame withFHdr(FHdr newFHdr) {
        return new DataFrame(mHdr, newFHdr, fPort, frmPayload, mic);
    }
}
