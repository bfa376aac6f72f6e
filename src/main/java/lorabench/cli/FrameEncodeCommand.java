// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lorabench.dissect.FrameSealer;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/// `lorabench frame encode --mtype T [fields] [keys] [context]`: builds any frame from its fields, encrypts
/// and signs it with the keys given, and prints `{"phyPayload": "..."}`. `frame decode` with the same keys and
/// context reads the frame back ([PlainFrames] builds the frame in clear, [FrameSealer] seals it).
@Command(name = "encode", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds a frame from fields and keys and prints {\"phyPayload\": \"...\"}.",
                "Payloads and FOpts are given in clear and encrypted with the keys; the MIC is computed"
                        + " (or given with --mic)."})
final class FrameEncodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--mtype", required = true, paramLabel = "TYPE", converter = MTypeConverter.class,
            description = "JoinRequest, JoinAccept, UnconfirmedDataUp, UnconfirmedDataDown, ConfirmedDataUp,"
                    + " ConfirmedDataDown, RejoinRequest or Proprietary")
    MType mType;

    @Option(names = "--dev-addr", paramLabel = "H", converter = Converters.Addr.class,
            description = "data frames, JoinAccept: DevAddr (big-endian hex)")
    DevAddr devAddr;

    @Option(names = "--fcnt", paramLabel = "N", defaultValue = "0", converter = Converters.Counter.class,
            description = "data frames: 32-bit FCnt; its low 16 bits go on air (default: ${DEFAULT-VALUE})")
    long fCnt;

    @Option(names = "--fport", paramLabel = "N", description = "data frames: FPort (absent when not given)")
    Integer fPort;

    @Option(names = "--payload", paramLabel = "HEX", converter = Converters.HexBytes.class,
            description = "data frames: FRMPayload in clear (needs --fport); Proprietary: the bytes after MHDR")
    Bytes payload;

    @Option(names = "--fopts", paramLabel = "HEX", converter = Converters.HexBytes.class,
            description = "data frames: FOpts in clear (encrypted with NwkSEncKey in 1.1)")
    Bytes fOpts;

    @Option(names = "--mac", paramLabel = "CMD",
            description = {"data frames: a MAC command, repeatable: Name or Name:field=value,... or the JSON"
                    + " object decode prints;", "goes to FOpts, or to the FRMPayload with --fport 0"})
    List<String> mac = List.of();

    @Option(names = "--adr", description = "FCtrl ADR") boolean adr;
    @Option(names = "--adr-ack-req", description = "FCtrl ADRACKReq (uplink)") boolean adrAckReq;
    @Option(names = "--ack", description = "FCtrl ACK") boolean ack;
    @Option(names = "--fpending", description = "FCtrl FPending (downlink)") boolean fPending;
    @Option(names = "--class-b", description = "FCtrl ClassB (uplink)") boolean classB;

    @Option(names = "--join-nonce", paramLabel = "H", converter = Converters.JsNonce.class,
            description = "JoinAccept: JoinNonce (big-endian hex)")
    JoinNonce joinNonce;

    @Option(names = "--net-id", paramLabel = "H", converter = Converters.Net.class,
            description = "JoinAccept, RejoinRequest types 0/2: NetID (big-endian hex)")
    NetId netId;

    @Option(names = "--rx1-dr-offset", paramLabel = "N", defaultValue = "0", description = "JoinAccept: RX1DROffset")
    int rx1DrOffset;

    @Option(names = "--rx2-dr", paramLabel = "N", defaultValue = "0", description = "JoinAccept: RX2DataRate")
    int rx2DataRate;

    @Option(names = "--rx-delay", paramLabel = "N", defaultValue = "1",
            description = "JoinAccept: the RxDelay byte (default: ${DEFAULT-VALUE})")
    int rxDelay;

    @Option(names = "--cflist", paramLabel = "HEX", converter = Converters.HexBytes.class,
            description = "JoinAccept: the 16-byte CFList")
    Bytes cfList;

    @Option(names = "--opt-neg", description = "JoinAccept: DLSettings OptNeg (a 1.1 network answering)")
    boolean optNeg;

    @Option(names = "--rejoin-type", paramLabel = "N", defaultValue = "0", description = "RejoinRequest: 0, 1 or 2")
    int rejoinType;

    @Option(names = "--rj-count", paramLabel = "N", defaultValue = "0", description = "RejoinRequest: RJcount0/1")
    int rjCount;

    @Option(names = "--mic", paramLabel = "HEX", converter = Converters.HexBytes.class,
            description = "put this MIC on air instead of computing it")
    Bytes mic;

    @Mixin
    KeyOptions keys;

    @Mixin
    ContextOptions context;

    @Override
    public Integer call() {
        Bytes phy = InputErrors.guard(() -> {
            PhyPayload plain = new PlainFrames(this).build();
            return FrameSealer.seal(plain, keys.toFrameKeys(), context.toContext(mType.isData() ? fCnt : null),
                    Optional.ofNullable(mic));
        });
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("phyPayload", phy.toHex());
        JsonOut.print(spec, out);
        return 0;
    }

    /// Accepts the spec names DESIGN.md prints (`UnconfirmedDataUp`), in any case.
    static final class MTypeConverter implements ITypeConverter<MType> {
        @Override
        public MType convert(String text) {
            for (MType t : MType.values()) {
                if (t.specName().equalsIgnoreCase(text.strip())) {
                    return t;
                }
            }
            throw new TypeConversionException("unknown MType '" + text + "'");
        }
    }
}
