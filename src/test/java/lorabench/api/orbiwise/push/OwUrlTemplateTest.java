// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class OwUrlTemplateTest {
    static final Map<String, String> VARS = Map.of("DevEUI", "1234567812345678", "devaddr", "26011BDA",
            "devtags.asset-id", "4dbba5dd-3284-4ec6-af67-25ddfe781e18", "devtags.group", "sensors",
            "usertags.site", "geneva");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/orbiwise-push-urls.csv", delimiter = '|')
    void resolvesTheSeedsUrlExamples(String name, String host, int port, String prefix, String topic,
            String expected) {
        OwTopic t = OwTopic.of(topic).orElseThrow();
        assertEquals(expected, OwUrlTemplate.resolve(host, port, prefix == null ? "" : prefix, t, VARS).toString());
    }
}
