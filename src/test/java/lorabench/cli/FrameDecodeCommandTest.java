// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// `lorabench frame decode`: exact JSON documents (key order included), the published vectors of
/// `cli-decode.csv`, and every bad-input path (exit 2, one line on stderr, nothing on stdout).
class FrameDecodeCommandTest {
    private static final String CS_NWKSKEY = "0102030405060708090A0B0C0D0E0F10";
    private static final String CS_APPSKEY = "100F0E0D0C0B0A090807060504030201";

    static List<Arguments> vectors() {
        return VectorFile.rows("cli-decode.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodesPublishedVectors(String name, String args, String expectations) {
        List<String> argv = new ArrayList<>(List.of("frame", "decode"));
        argv.addAll(List.of(Cli.args(args)));
        JsonNode json = Cli.run(argv.toArray(String[]::new)).json();
        for (String e : expectations.strip().split("\\s+")) {
            int eq = e.indexOf('=');
            String pointer = e.substring(0, eq);
            JsonNode node = json.at(pointer);
            assertFalse(node.isMissingNode(), () -> pointer + " is missing in " + json);
            String actual = node.isValueNode() || node.isNull() ? node.asText() : node.toString();
            assertEquals(e.substring(eq + 1), actual, () -> name + " " + pointer + " in " + json);
        }
    }

    @Test
    void printsTheConfirmedUplinkInContractOrder() {
        Cli.Run run = Cli.run("frame", "decode", "80040302010300000673070AE264D4F7E117D2C0",
                "--nwkskey", CS_NWKSKEY, "--appskey", CS_APPSKEY);
        run.json();
        assertEquals("""
                {
                  "phyPayload": "80040302010300000673070AE264D4F7E117D2C0",
                  "mhdr": {
                    "mType": "ConfirmedDataUp",
                    "major": 0
                  },
                  "mic": "E117D2C0",
                  "micValid": true,
                  "fhdr": {
                    "devAddr": "01020304",
                    "fCtrl": {
                      "adr": false,
                      "adrAckReq": false,
                      "ack": false,
                      "fPending": false,
                      "classB": false,
                      "fOptsLen": 3
                    },
                    "fCnt": 0,
                    "fOpts": "067307"
                  },
                  "fPort": 10,
                  "frmPayload": "E264D4F7",
                  "payload": "01020304",
                  "macCommands": [
                    {
                      "cid": "DevStatusAns",
                      "battery": 115,
                      "margin": 7
                    }
                  ]
                }
                """, run.out());
    }

    @Test
    void printsADataFrameWithoutPortWithNulls() {
        // 1.0 unconfirmed uplink, FOpts LinkCheckReq only, no FPort; MIC under NwkSKey 0102..10 (built with encode)
        String hex = Cli.run("frame", "encode", "--mtype", "UnconfirmedDataUp", "--dev-addr", "26011BDA", "--fcnt",
                "7", "--mac", "LinkCheckReq", "--nwkskey", CS_NWKSKEY).json().get("phyPayload").asText();
        JsonNode json = Cli.run("frame", "decode", hex).json();
        assertEquals(List.of("phyPayload", "mhdr", "mic", "micValid", "fhdr", "fPort", "frmPayload", "payload",
                "macCommands"), names(json));
        assertEquals("null", json.get("fPort").toString());
        assertEquals("null", json.get("frmPayload").toString());
        assertEquals("null", json.get("payload").toString());
        assertEquals("[{\"cid\":\"LinkCheckReq\"}]", json.get("macCommands").toString());
        assertEquals("null", json.get("micValid").toString());
    }

    @Test
    void printsAJoinRequestInContractOrder() {
        Cli.Run run = Cli.run("frame", "decode", "0001010101010101010202020202020202030309B97B32",
                "--appkey", CS_NWKSKEY);
        run.json();
        assertEquals("""
                {
                  "phyPayload": "0001010101010101010202020202020202030309B97B32",
                  "mhdr": {
                    "mType": "JoinRequest",
                    "major": 0
                  },
                  "mic": "09B97B32",
                  "micValid": true,
                  "joinRequest": {
                    "joinEui": "0101010101010101",
                    "devEui": "0202020202020202",
                    "devNonce": "0303"
                  }
                }
                """, run.out());
    }

    @Test
    void printsARejoinRequestWithNullForAbsentMembers() {
        JsonNode json = Cli.run("frame", "decode", "C00108070605040302010807060504030201020167F9ABE7").json();
        assertEquals("{\"rejoinType\":1,\"netId\":null,\"joinEui\":\"0102030405060708\","
                + "\"devEui\":\"0102030405060708\",\"rjCount\":258}", json.get("rejoinRequest").toString());
        assertEquals(List.of("phyPayload", "mhdr", "mic", "micValid", "rejoinRequest"), names(json));
    }

    @Test
    void printsAJoinAcceptWithCfList() {
        String cfList = "184F84E85684B85E84886684586E8400";
        String hex = Cli.run("frame", "encode", "--mtype", "JoinAccept", "--join-nonce", "123456", "--net-id",
                "000013", "--dev-addr", "26011BDA", "--rx1-dr-offset", "3", "--rx2-dr", "5", "--rx-delay", "5",
                "--cflist", cfList, "--appkey", CS_NWKSKEY).json().get("phyPayload").asText();
        Cli.Run run = Cli.run("frame", "decode", hex, "--appkey", CS_NWKSKEY);
        JsonNode json = run.json();
        assertEquals(List.of("phyPayload", "mhdr", "mic", "micValid", "joinAccept"), names(json));
        assertEquals("{\"joinNonce\":\"123456\",\"netId\":\"000013\",\"devAddr\":\"26011BDA\",\"dlSettings\":"
                + "{\"optNeg\":false,\"rx1DrOffset\":3,\"rx2DataRate\":5},\"rxDelay\":5,\"cfList\":\"" + cfList
                + "\"}", json.get("joinAccept").toString());
        assertEquals("true", json.get("micValid").toString());
    }

    @Test
    void printsAProprietaryFrame() {
        Cli.Run run = Cli.run("frame", "decode", "e0-01-02-03");
        run.json();
        assertEquals("""
                {
                  "phyPayload": "E0010203",
                  "mhdr": {
                    "mType": "Proprietary",
                    "major": 0
                  },
                  "mic": null,
                  "micValid": null,
                  "proprietary": {
                    "payload": "010203"
                  }
                }
                """, run.out());
    }

    @Test
    void decodesFPortZeroMacCommandsOnceDecrypted() {
        String hex = Cli.run("frame", "encode", "--mtype", "UnconfirmedDataDown", "--dev-addr", "26011BDA",
                "--fport", "0", "--mac", "DevStatusReq", "--mac", "LinkADRReq:dataRate=5,txPower=1,chMask=00FF,"
                        + "chMaskCntl=0,nbTrans=1", "--nwkskey", CS_NWKSKEY).json().get("phyPayload").asText();
        JsonNode clear = Cli.run("frame", "decode", hex, "--nwkskey", CS_NWKSKEY).json();
        assertEquals("[{\"cid\":\"DevStatusReq\"},{\"cid\":\"LinkADRReq\",\"dataRate\":5,\"txPower\":1,"
                + "\"chMask\":\"00FF\",\"chMaskCntl\":0,\"nbTrans\":1}]", clear.get("macCommands").toString());
        assertEquals("true", clear.get("micValid").toString());
        assertEquals("null", Cli.run("frame", "decode", hex).json().get("macCommands").toString());
    }

    @Test
    void usesTheFull32BitCounter() {
        String hex = Cli.run("frame", "encode", "--mtype", "ConfirmedDataUp", "--dev-addr", "26011BDA", "--fcnt",
                "65541", "--fport", "2", "--payload", "CAFE", "--nwkskey", CS_NWKSKEY, "--appskey", CS_APPSKEY)
                .json().get("phyPayload").asText();
        JsonNode full = Cli.run("frame", "decode", hex, "--fcnt", "65541", "--nwkskey", CS_NWKSKEY, "--appskey",
                CS_APPSKEY).json();
        assertEquals("true", full.get("micValid").toString());
        assertEquals("CAFE", full.get("payload").asText());
        assertEquals(5, full.at("/fhdr/fCnt").asInt());
        JsonNode onAir = Cli.run("frame", "decode", hex, "--nwkskey", CS_NWKSKEY).json();
        assertEquals("false", onAir.get("micValid").toString());
    }

    static Stream<Arguments> badInput() {
        String up = "80040302010300000673070AE264D4F7E117D2C0";
        return Stream.of(
                Arguments.of(new String[] {"frame", "decode", "zz"}, "non-hex character"),
                Arguments.of(new String[] {"frame", "decode", "123"}, "odd number of digits"),
                Arguments.of(new String[] {"frame", "decode", ""}, "field mhdr at byte 0"),
                Arguments.of(new String[] {"frame", "decode"}, "Missing required parameter: 'HEX'"),
                Arguments.of(new String[] {"frame", "decode", "40DA1B0126"}, "malformed frame: field"),
                Arguments.of(new String[] {"frame", "decode", "0001"}, "field joinRequest.joinEui at byte 1"),
                Arguments.of(new String[] {"frame", "decode", "20" + "00".repeat(17)}, "field joinAccept.encrypted"),
                Arguments.of(new String[] {"frame", "decode", "41DA1B0126000100AABBCCDD"}, "field mhdr at byte 0"),
                Arguments.of(new String[] {"frame", "decode", "C003" + "00".repeat(17)},
                        "field rejoinRequest.rejoinType at byte 1"),
                Arguments.of(new String[] {"frame", "decode", "40DA1B012601010003AABBCCDD"},
                        "field fhdr.fOpts[0].LinkADRAns at byte 8"),
                Arguments.of(new String[] {"frame", "decode", up, "--appkey", "0102"}, "'--appkey'"),
                Arguments.of(new String[] {"frame", "decode", up, "--nwkskey", "XX" + CS_NWKSKEY.substring(2)},
                        "'--nwkskey'"),
                Arguments.of(new String[] {"frame", "decode", up, "--lorawan", "2.0"}, "expected 1.0 or 1.1"),
                Arguments.of(new String[] {"frame", "decode", up, "--fcnt", "-1"}, "'--fcnt'"),
                Arguments.of(new String[] {"frame", "decode", up, "--fcnt", "4294967296"}, "32-bit range"),
                Arguments.of(new String[] {"frame", "decode", up, "--fcnt", "5"}, "does not end in the FCnt on air"),
                Arguments.of(new String[] {"frame", "decode", up, "--tx-dr", "256"}, "TxDr must be 0..255"),
                Arguments.of(new String[] {"frame", "decode", up, "--tx-ch", "x"}, "'--tx-ch'"),
                Arguments.of(new String[] {"frame", "decode", up, "--dev-eui", "0102"}, "EUI-64 must be 8 bytes"),
                Arguments.of(new String[] {"frame", "decode", up, "--dev-nonce", "010203"}, "DevNonce must be 2"),
                Arguments.of(new String[] {"frame", "decode", up, "--join-req-type", "03"}, "JoinReqType must be FF"),
                Arguments.of(new String[] {"frame", "decode", up, "--join-req-type", "FFFF"}, "one byte"),
                Arguments.of(new String[] {"frame", "decode", up, "--bogus"}, "Unknown option: '--bogus'"),
                Arguments.of(new String[] {"frame", "decode", up, up}, "Unmatched argument"),
                Arguments.of(new String[] {"frame"}, "Missing required subcommand"),
                Arguments.of(new String[] {"frame", "dekode"}, "Unmatched argument"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void rejectsBadInputWithOneLine(String[] args, String expected) {
        Cli.run(args).assertRejected(expected);
    }

    @Test
    void aMacCommandErrorSaysWhenTheMicFailedToo() {
        // 1.1 uplink whose FOpts is a LinkADRAns cut short (CID 03 without its byte), encrypted with NwkSEncKey
        String k = "01010101010101010101010101010101";
        String hex = Cli.run("frame", "encode", "--lorawan", "1.1", "--mtype", "UnconfirmedDataUp", "--dev-addr",
                "01020304", "--fopts", "03", "--fnwksintkey", k, "--snwksintkey", k, "--nwksenckey", CS_NWKSKEY)
                .json().get("phyPayload").asText();
        Cli.run("frame", "decode", hex, "--lorawan", "1.1", "--fnwksintkey", k, "--snwksintkey", k,
                "--nwksenckey", CS_NWKSKEY).assertRejected("field fhdr.fOpts[0].LinkADRAns at byte 8: needs 1");
        Cli.Run wrongKey = Cli.run("frame", "decode", hex, "--lorawan", "1.1", "--fnwksintkey", k, "--snwksintkey",
                CS_NWKSKEY, "--nwksenckey", CS_NWKSKEY);
        wrongKey.assertRejected("the MIC does not match either");
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
