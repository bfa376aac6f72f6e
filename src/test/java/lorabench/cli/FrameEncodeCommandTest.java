// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// `lorabench frame encode`: published frames rebuilt byte for byte (`cli-encode.csv`), encode -> decode round
/// trips for every MType (`cli-roundtrip.csv`), and every bad-input path.
class FrameEncodeCommandTest {
    /// Options of `frame encode` that `frame decode` takes too, each with a value.
    private static final Set<String> SHARED = Set.of("--lorawan", "--appkey", "--nwkkey", "--nwkskey", "--appskey",
            "--snwksintkey", "--fnwksintkey", "--nwksenckey", "--jsintkey", "--fcnt", "--conf-fcnt", "--tx-dr",
            "--tx-ch", "--dev-eui", "--join-eui", "--dev-nonce", "--join-req-type");
    private static final String K = "2B7E151628AED2A6ABF7158809CF4F3C";

    static List<Arguments> knownAnswers() {
        return VectorFile.rows("cli-encode.csv");
    }

    static List<Arguments> roundTrips() {
        return VectorFile.rows("cli-roundtrip.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownAnswers")
    void rebuildsPublishedFrames(String name, String args, String hex) {
        JsonNode json = encode(Cli.args(args));
        assertEquals(List.of("phyPayload"), List.copyOf(iterable(json)));
        assertEquals(hex, json.get("phyPayload").asText(), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTrips")
    void decodeReadsBackWhatEncodeBuilt(String name, String args, String expectations) {
        String[] encodeArgs = Cli.args(args);
        String hex = encode(encodeArgs).get("phyPayload").asText();
        List<String> decode = new ArrayList<>(List.of("frame", "decode", hex));
        for (int i = 0; i < encodeArgs.length; i++) {
            if (SHARED.contains(encodeArgs[i])) {
                decode.add(encodeArgs[i]);
                decode.add(encodeArgs[++i]);
            }
        }
        JsonNode json = Cli.run(decode.toArray(String[]::new)).json();
        if (!expectations.contains("/micValid=")) {
            assertEquals("true", json.get("micValid").toString(), () -> name + ": " + json);
        }
        for (String e : expectations.strip().split("\\s+")) {
            int eq = e.indexOf('=');
            JsonNode node = json.at(e.substring(0, eq));
            assertFalse(node.isMissingNode(), () -> e + " is missing in " + json);
            String actual = node.isValueNode() || node.isNull() ? node.asText() : node.toString();
            assertEquals(e.substring(eq + 1), actual, () -> name + " " + e + " in " + json);
        }
    }

    @Test
    void everyMTypeHasARoundTrip() {
        Set<String> covered = new java.util.HashSet<>();
        for (Arguments a : roundTrips()) {
            String[] args = Cli.args((String) a.get()[1]);
            for (int i = 0; i < args.length - 1; i++) {
                if (args[i].equals("--mtype")) {
                    covered.add(args[i + 1]);
                }
            }
        }
        assertEquals(Set.of("JoinRequest", "JoinAccept", "UnconfirmedDataUp", "UnconfirmedDataDown",
                "ConfirmedDataUp", "ConfirmedDataDown", "RejoinRequest", "Proprietary"), covered);
    }

    static Stream<Arguments> badInput() {
        String up = "--mtype UnconfirmedDataUp --dev-addr 26011BDA ";
        String ja = "--mtype JoinAccept --join-nonce 000001 --net-id 000013 --dev-addr 26011BDA ";
        return Stream.of(
                Arguments.of("--dev-addr 26011BDA", "Missing required option: '--mtype=TYPE'"),
                Arguments.of("--mtype DataUp", "unknown MType 'DataUp'"),
                Arguments.of("--mtype UnconfirmedDataUp --nwkskey " + K, "a UnconfirmedDataUp needs --dev-addr"),
                Arguments.of("--mtype JoinRequest --dev-eui 0004A30B001C0530 --dev-nonce 0001 --appkey " + K,
                        "a JoinRequest needs --join-eui"),
                Arguments.of("--mtype JoinAccept --net-id 000013 --dev-addr 26011BDA --appkey " + K,
                        "a JoinAccept needs --join-nonce"),
                Arguments.of("--mtype RejoinRequest --rejoin-type 1 --dev-eui 0004A30B001C0530", "needs --join-eui"),
                Arguments.of(up, "cannot compute the MIC: a LoRaWAN 1.0 data MIC needs NwkSKey"),
                Arguments.of("--lorawan 1.1 " + up + "--snwksintkey " + K,
                        "a LoRaWAN 1.1 uplink MIC needs FNwkSIntKey and SNwkSIntKey"),
                Arguments.of("--lorawan 1.1 --mtype UnconfirmedDataDown --dev-addr 26011BDA",
                        "a LoRaWAN 1.1 downlink MIC needs SNwkSIntKey"),
                Arguments.of("--mtype JoinRequest --join-eui 70B3D57ED0000000 --dev-eui 0004A30B001C0530"
                        + " --dev-nonce 0001", "a LoRaWAN 1.0 join-request MIC needs AppKey"),
                Arguments.of("--mtype RejoinRequest --rejoin-type 1 --join-eui 70B3D57ED0000000 --dev-eui"
                        + " 0004A30B001C0530", "needs JSIntKey (or NwkKey)"),
                Arguments.of(up + "--fport 1 --payload 01 --nwkskey " + K, "the FPort 1 payload needs AppSKey"),
                Arguments.of("--lorawan 1.1 " + up + "--fopts 02 --snwksintkey " + K + " --fnwksintkey " + K,
                        "LoRaWAN 1.1 FOpts are encrypted: it needs NwkSEncKey"),
                Arguments.of(up + "--payload 01 --nwkskey " + K, "--payload needs --fport"),
                Arguments.of("--mtype JoinRequest --fport 1", "--fport does not apply to a JoinRequest"),
                Arguments.of(up + "--rj-count 1", "--rj-count does not apply to a UnconfirmedDataUp"),
                Arguments.of("--mtype Proprietary --adr", "--adr does not apply to a Proprietary"),
                Arguments.of("--mtype Proprietary --mic 01020304", "--mic does not apply to a Proprietary"),
                Arguments.of(up + "--mac LinkADRReq:dataRate=1,txPower=1,chMask=0001,chMaskCntl=0,nbTrans=1",
                        "LinkADRReq travels downlink; this frame is an uplink"),
                Arguments.of(up + "--mac LinkCheck", "unknown MAC command 'LinkCheck'"),
                Arguments.of(up + "--mac LinkADRAns:powerAck=true", "LinkADRAns needs powerAck, dataRateAck,"
                        + " channelMaskAck"),
                Arguments.of(up + "--mac LinkADRAns:powerAck=yes,dataRateAck=true,channelMaskAck=true",
                        "LinkADRAns.powerAck must be true or false"),
                Arguments.of(up + "--mac DevStatusAns:battery=1,margin=x", "DevStatusAns.margin must be a decimal"),
                Arguments.of(up + "--mac DevStatusAns:battery=1,margin=1,extra=2", "DevStatusAns has no field"),
                Arguments.of(up + "--mac DevStatusAns:battery", "is not field=value"),
                Arguments.of(up + "--mac {\"margin\":1}", "has no \"cid\""),
                Arguments.of(up + "--mac {oops", "MAC command is not valid JSON"),
                Arguments.of("--mtype UnconfirmedDataDown --dev-addr 26011BDA --mac"
                        + " LinkADRReq:dataRate=16,txPower=1,chMask=0001,chMaskCntl=0,nbTrans=1", "LinkADRReq: "),
                Arguments.of("--mtype UnconfirmedDataDown --dev-addr 26011BDA --mac"
                        + " LinkADRReq:dataRate=1,txPower=1,chMask=001,chMaskCntl=0,nbTrans=1", "chMask"),
                Arguments.of(up + "--fport 0 --mac LinkCheckReq --payload 02", "give --mac or --payload, not both"),
                Arguments.of(up + "--fopts 000102030405060708090A0B0C0D0E0F", "FOpts holds at most 15 bytes"),
                Arguments.of(up + "--fport 0 --fopts 02", "FPort 0 with non-empty FOpts is not allowed"),
                Arguments.of(up + "--fport 256", "FPort is one byte"),
                Arguments.of(up + "--fpending", "FPending is a downlink bit"),
                Arguments.of(up + "--fport 1 --payload " + "00".repeat(243), "at most 255 fit"),
                Arguments.of(up + "--mic 010203", "MIC must be 4 bytes"),
                Arguments.of(up + "--fcnt 4294967296", "32-bit range"),
                Arguments.of(ja, "a LoRaWAN 1.0 join-accept MIC needs AppKey"),
                Arguments.of(ja + "--mic 01020304", "encrypting the join-accept needs AppKey"),
                Arguments.of("--lorawan 1.1 " + ja + "--opt-neg --nwkkey " + K,
                        "needs JSIntKey (or NwkKey and DevEUI), JoinEUI and DevNonce"),
                Arguments.of("--lorawan 1.1 --join-req-type 00 " + ja + "--nwkkey " + K,
                        "encrypting the join-accept needs JSEncKey, derived from NwkKey and DevEUI,"),
                Arguments.of(ja + "--cflist 01 --appkey " + K, "CFList is 16 bytes"),
                Arguments.of(ja + "--rx1-dr-offset 8 --appkey " + K, "RX1DROffset is 3 bits"),
                Arguments.of(ja + "--rx-delay 256 --appkey " + K, "RxDelay is one byte"),
                Arguments.of("--mtype RejoinRequest --rejoin-type 3", "--rejoin-type must be 0, 1 or 2"),
                Arguments.of("--mtype RejoinRequest --net-id 000013 --dev-eui 0004A30B001C0530 --rj-count 65536",
                        "RJcount0 is 16 bits"),
                Arguments.of("--mtype Proprietary --payload " + "00".repeat(255), "at most 255 bytes"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void rejectsBadInputWithOneLine(String args, String expected) {
        List<String> argv = new ArrayList<>(List.of("frame", "encode"));
        argv.addAll(List.of(Cli.args(args)));
        Cli.run(argv.toArray(String[]::new)).assertRejected(expected);
    }

    private static JsonNode encode(String[] args) {
        List<String> argv = new ArrayList<>(List.of("frame", "encode"));
        argv.addAll(List.of(args));
        return Cli.run(argv.toArray(String[]::new)).json();
    }

    private static List<String> iterable(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
