// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.util.Optional;
import java.util.OptionalLong;
import lorabench.dissect.FrameContext;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import picocli.CommandLine.Option;

/// The options besides keys that the crypto of `frame decode` and `frame encode` needs: the LoRaWAN version,
/// the 1.1 data MIC inputs and the 1.1 join-accept MIC inputs.
final class ContextOptions {
    @Option(names = "--lorawan", paramLabel = "1.0|1.1", defaultValue = "1.0", converter = Converters.Version.class,
            description = "LoRaWAN version of the crypto (default: ${DEFAULT-VALUE})")
    MacVersion version;

    @Option(names = "--conf-fcnt", paramLabel = "N", defaultValue = "0", converter = Converters.Counter.class,
            description = "1.1 MIC: FCnt of the acknowledged frame (used only when ACK is set)")
    long confFCnt;

    @Option(names = "--tx-dr", paramLabel = "N", defaultValue = "0", description = "1.1 uplink MIC: data rate index")
    int txDr;

    @Option(names = "--tx-ch", paramLabel = "N", defaultValue = "0", description = "1.1 uplink MIC: channel index")
    int txCh;

    @Option(names = "--dev-eui", paramLabel = "H", converter = Converters.Eui.class,
            description = "DevEUI (big-endian hex); with --nwkkey it gives JSIntKey and JSEncKey")
    Eui64 devEui;

    @Option(names = "--join-eui", paramLabel = "H", converter = Converters.Eui.class,
            description = "JoinEUI (big-endian hex)")
    Eui64 joinEui;

    @Option(names = "--dev-nonce", paramLabel = "H", converter = Converters.Nonce.class,
            description = "DevNonce (big-endian hex); for the 1.1 join-accept MIC, of the join-request answered")
    DevNonce devNonce;

    @Option(names = "--join-req-type", paramLabel = "H", defaultValue = "FF", converter = Converters.HexByte.class,
            description = "1.1 join-accept: FF answers a join-request, 00/01/02 a rejoin of that type"
                    + " (default: ${DEFAULT-VALUE})")
    int joinReqType;

    /// {@return the context}, with `fCnt32` as the full frame counter when given
    FrameContext toContext(Long fCnt32) {
        return new FrameContext(version, fCnt32 == null ? OptionalLong.empty() : OptionalLong.of(fCnt32), confFCnt,
                txDr, txCh, Optional.ofNullable(devEui), Optional.ofNullable(joinEui), Optional.ofNullable(devNonce),
                joinReqType);
    }
}
