package io.assay.drivers.epc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Epc96Test {

    @Test
    void theGs1ExampleRoundTripsThroughTwoLongs() {
        Epc96 epc = Epc96.parse("3074257BF7194E4000001A85");
        assertThat(epc.high()).isEqualTo(0x3074257BF7194E40L);
        assertThat(epc.low()).isEqualTo(0x00001A85L);
        assertThat(epc.toHex()).isEqualTo("3074257BF7194E4000001A85");
    }

    @Test
    void lowerCaseHexParsesToTheSameEpc() {
        assertThat(Epc96.parse("3074257bf7194e4000001a85")).isEqualTo(Epc96.parse("3074257BF7194E4000001A85"));
    }

    @Test
    void bytesFromAReaderGiveTheSameEpcAsItsHex() {
        byte[] frame = HexFormat.of().parseHex("00" + "3074257BF7194E4000001A85" + "00");
        assertThat(Epc96.fromBytes(frame, 1)).isEqualTo(Epc96.parse("3074257BF7194E4000001A85"));
    }

    @Test
    void textThatIsNotTwentyFourHexDigitsIsRefused() {
        assertThat(Epc96.isValidHex("3074257BF7194E4000001A8")).isFalse();
        assertThat(Epc96.isValidHex("3074257BF7194E4000001A8G")).isFalse();
        assertThat(Epc96.isValidHex(null)).isFalse();
        assertThatThrownBy(() -> Epc96.parse("XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allOnesSurvivesTheRoundTrip() {
        Epc96 epc = Epc96.parse("FFFFFFFFFFFFFFFFFFFFFFFF");
        assertThat(epc.high()).isEqualTo(-1L);
        assertThat(epc.low()).isEqualTo(0xFFFFFFFFL);
        assertThat(epc.toHex()).isEqualTo("FFFFFFFFFFFFFFFFFFFFFFFF");
    }
}
