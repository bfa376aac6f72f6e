// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.util.Optional;
import lorabench.dissect.FrameKeys;
import lorabench.lorawan.types.AesKey;
import picocli.CommandLine.Option;

/// The key options shared by `frame decode` and `frame encode`: root keys and session keys, each optional.
final class KeyOptions {
    @Option(names = "--appkey", paramLabel = "K", converter = Converters.Key.class,
            description = "AppKey: 1.0 join-request/join-accept key; root of the 1.1 AppSKey")
    AesKey appKey;

    @Option(names = "--nwkkey", paramLabel = "K", converter = Converters.Key.class,
            description = "NwkKey (1.1): join-request MIC, join-accept encryption, root of JSIntKey/JSEncKey")
    AesKey nwkKey;

    @Option(names = "--nwkskey", paramLabel = "K", converter = Converters.Key.class,
            description = "NwkSKey (1.0): data MIC and FPort 0 payload")
    AesKey nwkSKey;

    @Option(names = "--appskey", paramLabel = "K", converter = Converters.Key.class,
            description = "AppSKey: FPort > 0 payload")
    AesKey appSKey;

    @Option(names = "--snwksintkey", paramLabel = "K", converter = Converters.Key.class,
            description = "SNwkSIntKey (1.1): data MIC, rejoin type 0/2 MIC")
    AesKey sNwkSIntKey;

    @Option(names = "--fnwksintkey", paramLabel = "K", converter = Converters.Key.class,
            description = "FNwkSIntKey (1.1): uplink MIC")
    AesKey fNwkSIntKey;

    @Option(names = "--nwksenckey", paramLabel = "K", converter = Converters.Key.class,
            description = "NwkSEncKey (1.1): FOpts and FPort 0 payload")
    AesKey nwkSEncKey;

    @Option(names = "--jsintkey", paramLabel = "K", converter = Converters.Key.class,
            description = "JSIntKey (1.1) as is, instead of deriving it from --nwkkey and the DevEUI")
    AesKey jsIntKey;

    FrameKeys toFrameKeys() {
        return new FrameKeys(Optional.ofNullable(appKey), Optional.ofNullable(nwkKey), Optional.ofNullable(nwkSKey),
                Optional.ofNullable(appSKey), Optional.ofNullable(fNwkSIntKey), Optional.ofNullable(sNwkSIntKey),
                Optional.ofNullable(nwkSEncKey), Optional.ofNullable(jsIntKey));
    }
}
