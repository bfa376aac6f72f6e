// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// `lorabench keys derive` against the ChirpStack and The Things Stack known answers of `crypto-keys.csv`, with the
/// exact documents of DESIGN.md's contract, and its bad-input paths.
class KeysDeriveCommandTest {
    static List<Arguments> keyVectors() throws IOException {
        try (InputStream in = KeysDeriveCommandTest.class.getResourceAsStream("/vectors/crypto-keys.csv")) {
            List<Arguments> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("name,")) {
                    out.add(Arguments.of((Object[]) line.strip().split(",", -1)));
                }
            }
            return out;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyVectors")
    void derivesTheKnownAnswers(String name, String kind, String appKey, String nwkKey, String joinNonce,
            String netId, String joinEui, String devNonce, String devEui, String out1, String out2, String out3,
            String out4) {
        JsonNode json = switch (kind) {
            case "10" -> Cli.run("keys", "derive", "--lorawan", "1.0", "--appkey", appKey, "--join-nonce", joinNonce,
                    "--net-id", netId, "--dev-nonce", devNonce).json();
            case "11" -> Cli.run("keys", "derive", "--lorawan", "1.1", "--appkey", appKey, "--nwkkey", nwkKey,
                    "--join-nonce", joinNonce, "--join-eui", joinEui, "--dev-nonce", devNonce).json();
            case "11-optneg-unset" -> Cli.run("keys", "derive", "--lorawan", "1.1", "--opt-neg", "false",
                    "--nwkkey", nwkKey, "--join-nonce", joinNonce, "--net-id", netId, "--dev-nonce", devNonce).json();
            case "js" -> Cli.run("keys", "derive", "--lorawan", "1.1", "--opt-neg", "false", "--nwkkey", nwkKey,
                    "--join-nonce", "000000", "--net-id", "000000", "--dev-nonce", "0000", "--dev-eui", devEui)
                    .json();
            default -> throw new IllegalArgumentException(kind);
        };
        switch (kind) {
            case "10" -> assertEquals("{\"nwkSKey\":\"" + out1 + "\",\"appSKey\":\"" + out2 + "\"}", json.toString());
            case "11", "11-optneg-unset" -> assertEquals("{\"fNwkSIntKey\":\"" + out1 + "\",\"sNwkSIntKey\":\"" + out2
                    + "\",\"nwkSEncKey\":\"" + out3 + "\",\"appSKey\":\"" + out4 + "\"}", json.toString());
            default -> {
                assertEquals(out1, json.get("jsIntKey").asText());
                assertEquals(out2, json.get("jsEncKey").asText());
            }
        }
    }

    @Test
    void printsTheJsKeysAfterTheSessionKeysWithDevEui() {
        Cli.Run run = Cli.run("keys", "derive", "--lorawan", "1.1", "--appkey", "BEC499C69E9C939E413B663961636C61",
                "--nwkkey", "BEC499C69E9C939E413B663961636C61", "--join-nonce", "AE3B1C", "--join-eui",
                "0000001223224242", "--dev-nonce", "7369", "--dev-eui", "0042004213424341");
        run.json();
        assertEquals("""
                {
                  "fNwkSIntKey": "379084E7CE22FF191BFF4B77536F2AA3",
                  "sNwkSIntKey": "63C59309D53485BC5164DBF71627AEB9",
                  "nwkSEncKey": "CE07A009A3970AC0519A099ED53E550B",
                  "appSKey": "B035CCE24E4A040EB5CECBF21724412D",
                  "jsIntKey": "CB8E9EE114C3FB5CE472A5AA13AB1855",
                  "jsEncKey": "BB711EEFB9829B4A75866F8616BACD6D"
                }
                """, run.out());
    }

    static Stream<Arguments> badInput() {
        String k = "01020304050607080102030405060708";
        return Stream.of(
                Arguments.of(new String[] {"keys", "derive", "--appkey", k, "--join-nonce", "010000", "--dev-nonce",
                        "0102"}, "LoRaWAN 1.0 key derivation needs --net-id"),
                Arguments.of(new String[] {"keys", "derive", "--net-id", "010203", "--join-nonce", "010000",
                        "--dev-nonce", "0102"}, "LoRaWAN 1.0 key derivation needs --appkey"),
                Arguments.of(new String[] {"keys", "derive", "--lorawan", "1.1", "--appkey", k, "--join-nonce",
                        "010000", "--join-eui", "0807060504030201", "--dev-nonce", "0102"},
                        "LoRaWAN 1.1 key derivation needs --nwkkey"),
                Arguments.of(new String[] {"keys", "derive", "--lorawan", "1.1", "--appkey", k, "--nwkkey", k,
                        "--join-nonce", "010000", "--dev-nonce", "0102"}, "needs --join-eui"),
                Arguments.of(new String[] {"keys", "derive", "--lorawan", "1.1", "--opt-neg", "false", "--nwkkey", k,
                        "--join-nonce", "010000", "--dev-nonce", "0102"},
                        "LoRaWAN 1.1 with --opt-neg false key derivation needs --net-id"),
                Arguments.of(new String[] {"keys", "derive", "--appkey", k, "--net-id", "010203", "--dev-nonce",
                        "0102"}, "Missing required option: '--join-nonce=H'"),
                Arguments.of(new String[] {"keys", "derive", "--appkey", k, "--net-id", "010203", "--join-nonce",
                        "0100", "--dev-nonce", "0102"}, "JoinNonce must be 3 bytes"),
                Arguments.of(new String[] {"keys", "derive", "--appkey", k + "01", "--net-id", "010203",
                        "--join-nonce", "010000", "--dev-nonce", "0102"}, "'--appkey'"),
                Arguments.of(new String[] {"keys", "derive", "--lorawan", "1.1", "--nwkkey", k, "--net-id", "010203",
                        "--join-nonce", "010000", "--dev-nonce", "0102", "--opt-neg", "maybe"}, "'maybe'"),
                Arguments.of(new String[] {"keys"}, "Missing required subcommand"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void rejectsBadInputWithOneLine(String[] args, String expected) {
        Cli.run(args).assertRejected(expected);
    }
}
