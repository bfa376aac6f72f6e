// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.MacVersion;
import lorabench.lorawan.types.NetId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `lorabench keys derive`: the session keys of a join (LoRaWAN L2 1.0.4 §6.2.5; L2 1.1 §6.1.2, §6.2.3), as
/// DESIGN.md's contract prints them: `{"nwkSKey", "appSKey"}` (1.0); `{"fNwkSIntKey", "sNwkSIntKey",
/// "nwkSEncKey", "appSKey"}` (1.1), plus `"jsIntKey", "jsEncKey"` with `--dev-eui`. `--opt-neg false` derives the
/// four 1.1 keys the 1.0 way from NwkKey (a 1.1 device joined by a 1.0 network).
@Command(name = "derive", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Derives the session keys of a join and prints them as JSON.")
final class KeysDeriveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lorawan", paramLabel = "1.0|1.1", defaultValue = "1.0", converter = Converters.Version.class,
            description = "LoRaWAN version (default: ${DEFAULT-VALUE})")
    MacVersion version;

    @Option(names = "--appkey", paramLabel = "K", converter = Converters.Key.class,
            description = "AppKey (1.0: root of both keys; 1.1: root of AppSKey)")
    AesKey appKey;

    @Option(names = "--nwkkey", paramLabel = "K", converter = Converters.Key.class,
            description = "NwkKey (1.1: root of the network keys, JSIntKey and JSEncKey)")
    AesKey nwkKey;

    @Option(names = "--join-nonce", required = true, paramLabel = "H", converter = Converters.JsNonce.class,
            description = "JoinNonce (AppNonce in 1.0), big-endian hex")
    JoinNonce joinNonce;

    @Option(names = "--net-id", paramLabel = "H", converter = Converters.Net.class,
            description = "NetID, big-endian hex (1.0 and --opt-neg false)")
    NetId netId;

    @Option(names = "--join-eui", paramLabel = "H", converter = Converters.Eui.class,
            description = "JoinEUI, big-endian hex (1.1)")
    Eui64 joinEui;

    @Option(names = "--dev-nonce", required = true, paramLabel = "H", converter = Converters.Nonce.class,
            description = "DevNonce, big-endian hex")
    DevNonce devNonce;

    @Option(names = "--dev-eui", paramLabel = "H", converter = Converters.Eui.class,
            description = "DevEUI, big-endian hex (1.1: adds jsIntKey and jsEncKey)")
    Eui64 devEui;

    @Option(names = "--opt-neg", paramLabel = "true|false", arity = "0..1", defaultValue = "true",
            fallbackValue = "true", description = "1.1: OptNeg of the join-accept (default: ${DEFAULT-VALUE})")
    boolean optNeg;

    @Override
    public Integer call() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (!version.is11()) {
            SessionKeys.Keys10 k = SessionKeys.derive10(need(appKey, "--appkey"), joinNonce, need(netId, "--net-id"),
                    devNonce);
            out.put("nwkSKey", k.nwkSKey().toHex());
            out.put("appSKey", k.appSKey().toHex());
        } else {
            SessionKeys.Keys11 k = optNeg
                    ? SessionKeys.derive11(need(appKey, "--appkey"), need(nwkKey, "--nwkkey"), joinNonce,
                            need(joinEui, "--join-eui"), devNonce)
                    : SessionKeys.derive11OptNegUnset(need(nwkKey, "--nwkkey"), joinNonce, need(netId, "--net-id"),
                            devNonce);
            out.put("fNwkSIntKey", k.fNwkSIntKey().toHex());
            out.put("sNwkSIntKey", k.sNwkSIntKey().toHex());
            out.put("nwkSEncKey", k.nwkSEncKey().toHex());
            out.put("appSKey", k.appSKey().toHex());
            if (devEui != null) {
                out.put("jsIntKey", SessionKeys.jsIntKey(nwkKey, devEui).toHex());
                out.put("jsEncKey", SessionKeys.jsEncKey(nwkKey, devEui).toHex());
            }
        }
        JsonOut.print(spec, out);
        return 0;
    }

    private <T> T need(T value, String option) {
        if (value == null) {
            String mode = !version.is11() ? "LoRaWAN 1.0" : optNeg ? "LoRaWAN 1.1" : "LoRaWAN 1.1 with --opt-neg false";
            throw new UsageException(mode + " key derivation needs " + option);
        }
        return value;
    }
}
