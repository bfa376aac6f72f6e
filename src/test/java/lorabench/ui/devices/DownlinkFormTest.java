// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lorabench.lorawan.types.Bytes;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DownlinkFormTest {
    private final DownlinkForm form = new DownlinkForm();

    @Test
    void parsesPortHexWithSpacesConfirmedAndMode() {
        form.fPortProperty().set(" 10 ");
        form.payloadProperty().set("ca fe 01");
        form.confirmedProperty().set(true);
        form.modeProperty().set(EnqueueMode.REPLACE_ON_BUSY);
        var v = form.parse().orElseThrow();
        assertEquals(new DownlinkForm.Values(10, Bytes.fromHex("CAFE01"), true, EnqueueMode.REPLACE_ON_BUSY), v);
        assertEquals("", form.errorProperty().get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0   | 01  | FPort must be a number from 1 to 223.
            224 | 01  | FPort must be a number from 1 to 223.
            x   | 01  | FPort must be a number from 1 to 223.
            2   | 0   | The payload must be hex digits, two per byte.
            2   | GG  | The payload must be hex digits, two per byte.
            """)
    void rejectsBadInputWithAReason(String port, String hex, String reason) {
        form.fPortProperty().set(port);
        form.payloadProperty().set(hex);
        assertTrue(form.parse().isEmpty());
        assertEquals(reason, form.errorProperty().get());
    }

    @Test
    void describesEveryQueueAnswer() {
        assertEquals("Refused: 2 downlinks already waiting (fail on busy)",
                DownlinkForm.describe(new EnqueueResult.Busy(2)));
        assertEquals("Refused: the queue holds its limit of 10 downlinks",
                DownlinkForm.describe(new EnqueueResult.QueueFull(10)));
        assertEquals("Refused: 300 bytes is more than the 242 bytes any downlink data rate carries",
                DownlinkForm.describe(new EnqueueResult.TooLarge(300, 242)));
        assertEquals("Refused: no device", DownlinkForm.describe(new EnqueueResult.UnknownTarget("no device")));
    }
}
