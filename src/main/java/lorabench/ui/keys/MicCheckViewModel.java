// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lorabench.lorawan.crypto.AesCmac;
import lorabench.lorawan.crypto.CryptoStep;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.frame.Proprietary;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.ui.keys.BlockLayouts.Part;

/// The MIC half of the keys lab: a pasted PHYPayload, the keys and counters the MIC needs, and the B0 (and B1)
/// block, the CMAC, the computed MIC against the received one (LoRaWAN L2 1.0.4 §4.4, §6.2.4; L2 1.1 §4.4,
/// §6.2.4). Recomputed on every edit.
///
/// Supported: data frames (1.0 and 1.1, both directions), join-requests, rejoin-requests, and join-accepts whose
/// MIC uses the 1.0 form (1.0, and 1.1 with OptNeg unset: the frame is decrypted with the same key first). A 1.1
/// join-accept with OptNeg set needs JSIntKey and the request's JoinEUI and DevNonce; the dissector in Live frames
/// reports that case.
public final class MicCheckViewModel {
    private final ValidatedField<Decoded> phyPayload = new ValidatedField<>("PHYPayload", MicCheckViewModel::decode);
    private final ValidatedField<AesKey> key1 = new ValidatedField<>("Key", AesKey::parse);
    private final ValidatedField<AesKey> key2 = new ValidatedField<>("SNwkSIntKey", AesKey::parse);
    private final ValidatedField<Long> fCnt32 = new ValidatedField<>("FCnt", t -> Numbers.parse(t, 0xFFFF_FFFFL));
    private final ValidatedField<Long> confFCnt = new ValidatedField<>("ConfFCnt", t -> Numbers.parse(t, 0xFFFF));
    private final ValidatedField<Long> txDr = new ValidatedField<>("TxDr", t -> Numbers.parse(t, 0xFF));
    private final ValidatedField<Long> txCh = new ValidatedField<>("TxCh", t -> Numbers.parse(t, 0xFF));
    private final ObjectProperty<KeyVersion> version = new SimpleObjectProperty<>(this, "version", KeyVersion.V1_0);
    private final ReadOnlyStringWrapper key1Label = new ReadOnlyStringWrapper(this, "key1Label", "NwkSKey");
    private final ReadOnlyBooleanWrapper key2Used = new ReadOnlyBooleanWrapper(this, "key2Used");
    private final ReadOnlyBooleanWrapper v11Parameters = new ReadOnlyBooleanWrapper(this, "v11Parameters");
    private final ReadOnlyStringWrapper frameSummary = new ReadOnlyStringWrapper(this, "frameSummary", "");
    private final ObservableList<AnnotatedBlock> steps = FXCollections.observableArrayList();
    // One read-only view, kept: the view registers only a weak listener on the backing list, so a view made per
    // call is collected with the listeners callers added to it.
    private final ObservableList<AnnotatedBlock> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyStringWrapper computed = new ReadOnlyStringWrapper(this, "computed", "");
    private final ReadOnlyStringWrapper received = new ReadOnlyStringWrapper(this, "received", "");
    private final ReadOnlyObjectWrapper<MicVerdict> verdict =
            new ReadOnlyObjectWrapper<>(this, "verdict", MicVerdict.NOT_COMPUTED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /// A pasted frame with its bytes.
    record Decoded(Bytes phy, PhyPayload frame) {}

    public MicCheckViewModel() {
        List<ObservableValue<?>> inputs = List.of(phyPayload.valueProperty(), phyPayload.errorProperty(),
                key1.valueProperty(), key2.valueProperty(), fCnt32.textProperty(), fCnt32.valueProperty(),
                confFCnt.textProperty(), txDr.textProperty(), txCh.textProperty(), version);
        inputs.forEach(o -> o.addListener((obs, old, now) -> recompute()));
        recompute();
    }

    private static Decoded decode(String text) {
        Bytes phy = Bytes.fromHex(text.replaceAll("\\s+", ""));
        try {
            return new Decoded(phy, FrameCodec.decode(phy));
        } catch (MalformedFrameException e) {
            throw new IllegalArgumentException("not a LoRaWAN frame: " + e.getMessage(), e);
        }
    }

    public ValidatedField<?> phyPayload() {
        return phyPayload;
    }

    /// {@return NwkSKey, FNwkSIntKey, SNwkSIntKey, AppKey, NwkKey or JSIntKey, as [#key1LabelProperty()] says}
    public ValidatedField<AesKey> key1() {
        return key1;
    }

    /// {@return SNwkSIntKey for a 1.1 uplink (cmacS)}
    public ValidatedField<AesKey> key2() {
        return key2;
    }

    /// {@return the full 32-bit FCnt; blank means the 16 bits on air}
    public ValidatedField<Long> fCnt32() {
        return fCnt32;
    }

    public ValidatedField<Long> confFCnt() {
        return confFCnt;
    }

    public ValidatedField<Long> txDr() {
        return txDr;
    }

    public ValidatedField<Long> txCh() {
        return txCh;
    }

    public ObjectProperty<KeyVersion> versionProperty() {
        return version;
    }

    public ReadOnlyStringProperty key1LabelProperty() {
        return key1Label.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty key2UsedProperty() {
        return key2Used.getReadOnlyProperty();
    }

    /// {@return whether ConfFCnt, TxDr and TxCh take part (1.1 data frames)}
    public ReadOnlyBooleanProperty v11ParametersProperty() {
        return v11Parameters.getReadOnlyProperty();
    }

    /// {@return e.g. "ConfirmedDataUp, DevAddr 26011BDA, FCnt 1"}
    public ReadOnlyStringProperty frameSummaryProperty() {
        return frameSummary.getReadOnlyProperty();
    }

    /// {@return the B0 (and B1) or message blocks with their CMAC}
    public ObservableList<AnnotatedBlock> steps() {
        return stepsView;
    }

    /// {@return the computed MIC in hex, empty when not computed}
    public ReadOnlyStringProperty computedProperty() {
        return computed.getReadOnlyProperty();
    }

    /// {@return the MIC in the frame in hex}
    public ReadOnlyStringProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MicVerdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /// {@return what is missing, or how the MIC was computed}
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// Fills the key fields from a derivation: NwkSKey (1.0) or FNwkSIntKey/SNwkSIntKey (1.1), as the pasted frame
    /// needs them.
    void useKeys(KeyVersion v, SessionKeys.Keys11 keys) {
        version.set(v);
        boolean downlink11 = v == KeyVersion.V1_1 && phyPayload.value()
                .filter(d -> d.frame() instanceof DataFrame f && f.direction() == Direction.DOWNLINK).isPresent();
        key1.setText((downlink11 ? keys.sNwkSIntKey() : keys.fNwkSIntKey()).toHex());
        key2.setText(keys.sNwkSIntKey().toHex());
    }

    private void recompute() {
        steps.clear();
        computed.set("");
        verdict.set(MicVerdict.NOT_COMPUTED);
        Optional<Decoded> d = phyPayload.value();
        boolean is11 = version.get() == KeyVersion.V1_1;
        if (d.isEmpty()) {
            received.set("");
            frameSummary.set("");
            key1Label.set(is11 ? "FNwkSIntKey" : "NwkSKey");
            key2Used.set(is11);
            v11Parameters.set(is11);
            message.set(phyPayload.textProperty().get().isBlank() ? "Paste a PHYPayload in hex."
                    : phyPayload.errorProperty().get());
            return;
        }
        PhyPayload frame = d.get().frame();
        frameSummary.set(MicFrames.summary(frame));
        key1Label.set(MicFrames.keyName(frame, version.get()));
        boolean up11 = is11 && frame instanceof DataFrame f && f.direction() == Direction.UPLINK;
        key2Used.set(up11);
        v11Parameters.set(is11 && frame instanceof DataFrame);
        received.set(MicFrames.receivedMic(frame).map(Bytes::toHex).orElse(""));
        Optional<String> problem = MicFrames.unsupported(frame, version.get())
                .or(() -> firstError(key1, up11 ? key2 : null));
        if (problem.isPresent()) {
            message.set(problem.get());
            return;
        }
        if (!blankOrValid(fCnt32) || !blankOrValid(confFCnt) || !blankOrValid(txDr) || !blankOrValid(txCh)) {
            message.set("Fix the counters: " + List.of(fCnt32, confFCnt, txDr, txCh).stream()
                    .filter(f -> !blankOrValid(f)).map(f -> f.errorProperty().get()).findFirst().orElse(""));
            return;
        }
        Result r = compute(frame);
        steps.setAll(r.blocks());
        computed.set(r.mic().toHex());
        received.set(r.received().toHex());
        verdict.set(r.mic().constantTimeEquals(r.received()) ? MicVerdict.VALID : MicVerdict.INVALID);
        message.set(r.how());
    }

    private record Result(List<AnnotatedBlock> blocks, Bytes mic, Bytes received, String how) {}

    private Result compute(PhyPayload frame) {
        AesKey k1 = key1.require();
        return switch (frame) {
            case DataFrame f -> dataMic(f, k1);
            case JoinRequest j -> messageMic(j, k1, "Join-request MIC",
                    new Part("MHDR", 1, ByteRole.PREFIX), new Part("JoinEUI", 8, ByteRole.IDENTITY),
                    new Part("DevEUI", 8, ByteRole.IDENTITY), new Part("DevNonce", 2, ByteRole.NONCE));
            case RejoinRequest.Type0Or2 r -> messageMic(r, k1, "Rejoin-request MIC",
                    new Part("MHDR", 1, ByteRole.PREFIX), new Part("RejoinType", 1, ByteRole.PARAMETER),
                    new Part("NetID", 3, ByteRole.IDENTITY), new Part("DevEUI", 8, ByteRole.IDENTITY),
                    new Part("RJcount0", 2, ByteRole.NONCE));
            case RejoinRequest.Type1 r -> messageMic(r, k1, "Rejoin-request MIC",
                    new Part("MHDR", 1, ByteRole.PREFIX), new Part("RejoinType", 1, ByteRole.PARAMETER),
                    new Part("JoinEUI", 8, ByteRole.IDENTITY), new Part("DevEUI", 8, ByteRole.IDENTITY),
                    new Part("RJcount1", 2, ByteRole.NONCE));
            case EncryptedJoinAccept e -> {
                JoinAccept plain = MicFrames.decrypt(e, k1);
                yield messageMic(plain, k1, "Join-accept MIC (decrypted with the same key)",
                        new Part("MHDR", 1, ByteRole.PREFIX), new Part("JoinNonce", 3, ByteRole.NONCE),
                        new Part("NetID", 3, ByteRole.IDENTITY), new Part("DevAddr", 4, ByteRole.IDENTITY),
                        new Part("DLSettings", 1, ByteRole.PARAMETER), new Part("RxDelay", 1, ByteRole.PARAMETER),
                        new Part("CFList", 16, ByteRole.MESSAGE));
            }
            case JoinAccept j -> messageMic(j, k1, "Join-accept MIC", new Part("MHDR", 1, ByteRole.PREFIX));
            case Proprietary p -> throw new IllegalStateException("checked by MicFrames.unsupported");
        };
    }

    private Result messageMic(PhyPayload frame, AesKey key, String title, Part... parts) {
        Bytes msg = FrameCodec.micInput(frame);
        Bytes cmac = AesCmac.mac(key, msg);
        String keyName = key1Label.get();
        Bytes got = FrameCodec.encode(frame).slice(msg.size(), msg.size() + 4);
        return new Result(List.of(BlockLayouts.message(title, keyName, msg, BlockLayouts.fields(msg, parts), cmac)),
                cmac.slice(0, 4), got, "MIC = first 4 bytes of AES-CMAC(" + keyName + ", msg).");
    }

    private Result dataMic(DataFrame f, AesKey k1) {
        Bytes msg = FrameCodec.micInput(f);
        long fc = fCnt32.textProperty().get().isBlank() ? f.fHdr().fCnt() : fCnt32.require();
        int conf = (int) (long) optional(confFCnt);
        if (version.get() != KeyVersion.V1_1) {
            CryptoStep s = Mic.dataSteps10(k1, f.direction(), f.fHdr().devAddr(), fc, msg).getFirst();
            return new Result(List.of(BlockLayouts.b0("B0", "NwkSKey", s)), s.result().slice(0, 4), f.mic(),
                    "MIC = first 4 bytes of AES-CMAC(NwkSKey, B0 | msg), msg = " + msg.size() + " bytes.");
        }
        if (f.direction() == Direction.DOWNLINK) {
            CryptoStep s = Mic.dataDownlinkSteps11(k1, f.fHdr().devAddr(), fc, conf, msg).getFirst();
            return new Result(List.of(BlockLayouts.b0("B0", "SNwkSIntKey", s)), s.result().slice(0, 4), f.mic(),
                    "MIC = first 4 bytes of AES-CMAC(SNwkSIntKey, B0 | msg), msg = " + msg.size() + " bytes.");
        }
        List<CryptoStep> s = Mic.dataUplinkSteps11(k1, key2.require(), f.fHdr().devAddr(), fc, conf,
                (int) (long) optional(txDr), (int) (long) optional(txCh), msg);
        Bytes mic = Bytes.of((byte) s.get(1).result().get(0), (byte) s.get(1).result().get(1),
                (byte) s.get(0).result().get(0), (byte) s.get(0).result().get(1));
        return new Result(List.of(BlockLayouts.b0("B0 → cmacF", "FNwkSIntKey", s.get(0)),
                BlockLayouts.b1("B1 → cmacS", "SNwkSIntKey", s.get(1))), mic, f.mic(),
                "MIC = cmacS[0..1] | cmacF[0..1], msg = " + msg.size() + " bytes.");
    }

    private static long optional(ValidatedField<Long> f) {
        return f.textProperty().get().isBlank() ? 0 : f.require();
    }

    private static boolean blankOrValid(ValidatedField<?> f) {
        return f.textProperty().get().isBlank() || f.value().isPresent();
    }

    private static Optional<String> firstError(ValidatedField<?> a, ValidatedField<?> b) {
        for (ValidatedField<?> f : new ValidatedField<?>[] {a, b}) {
            if (f != null && f.value().isEmpty()) {
                return Optional.of(f.textProperty().get().isBlank() ? "Enter the key to compute the MIC."
                        : f.errorProperty().get());
            }
        }
        return Optional.empty();
    }
}
