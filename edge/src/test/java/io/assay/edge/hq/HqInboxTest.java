package io.assay.edge.hq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What comes from the broker is read into a command, or into the reason it is refused; never an exception. */
class HqInboxTest {

    private final HqInbox inbox = new HqInbox("acme", "store-042");

    @Test
    void aCommandOnThisStoresTopicIsReadWithItsEnvelope() {
        HqInbox.Read read = inbox.read("assay/v1/acme/stores/store-042/commands/reservation",
                bytes("{\"id\":\"c-1\",\"kind\":\"reservation\",\"issuedAt\":\"2026-11-25T10:00:00-05:00\",\"payload\":{\"serial\":\"R-1\"}}"));

        assertThat(read.refusal()).isNull();
        assertThat(read.message().id()).isEqualTo("c-1");
        assertThat(read.message().kind()).isEqualTo(HqKind.RESERVATION);
        assertThat(read.message().issuedAt()).hasToString("2026-11-25T15:00:00Z");
        assertThat(read.message().body().path("serial").asText()).isEqualTo("R-1");
    }

    @Test
    void aBroadcastIsItsOwnBody() {
        HqInbox.Read read = inbox.read("assay/v1/acme/hq/spot-prices", bytes("{\"id\":\"s-1\",\"currency\":\"USD\"}"));

        assertThat(read.message().kind()).isEqualTo(HqKind.SPOT_PRICES);
        assertThat(read.message().body().path("currency").asText()).isEqualTo("USD");
    }

    @Test
    void anotherStoresOrTenantsTopicAndAKindTheChannelDoesNotCarryAreUnauthorised() {
        assertThat(inbox.read("assay/v1/acme/stores/store-007/commands/reservation", bytes("{}")).refusal().why())
                .isEqualTo(Outcome.UNAUTHORISED);
        assertThat(inbox.read("assay/v1/other/hq/spot-prices", bytes("{}")).refusal().why()).isEqualTo(Outcome.UNAUTHORISED);
        HqRefusal broadcastOnCommands = inbox.read("assay/v1/acme/stores/store-042/commands/spot-prices", bytes("{}")).refusal();
        assertThat(broadcastOnCommands.why()).isEqualTo(Outcome.UNAUTHORISED);
        assertThat(broadcastOnCommands.reason()).isEqualTo("'spot-prices' is not a kind HQ may send on this store's commands");
    }

    @Test
    void malformedPayloadsAreRefusedWithTheFieldAndAStableIdWhenTheirsCannotBeRead() {
        String topic = "assay/v1/acme/stores/store-042/commands/transfer";
        HqRefusal garbage = inbox.read(topic, new byte[] {(byte) 0xff, 0x00, 0x7b}).refusal();
        assertThat(garbage.why()).isEqualTo(Outcome.MALFORMED);
        assertThat(garbage.id()).startsWith("sha256:").isEqualTo(inbox.read(topic, new byte[] {(byte) 0xff, 0x00, 0x7b}).refusal().id());
        assertThat(inbox.read(topic, bytes("[1,2]")).refusal().reason()).isEqualTo("the payload is not a JSON object");
        assertThat(inbox.read(topic, bytes("{\"id\":\"\"}")).refusal().reason()).startsWith("id: ");
        assertThat(inbox.read(topic, bytes("{\"id\":\"t-1\",\"kind\":\"reservation\"}")).refusal().reason())
                .isEqualTo("kind: must be 'transfer' as the topic says");
        assertThat(inbox.read(topic, bytes("{\"id\":\"t-1\",\"kind\":\"transfer\",\"issuedAt\":\"yesterday\",\"payload\":{}}")).refusal()
                .reason()).startsWith("issuedAt: ");
        assertThat(inbox.read(topic, bytes("{\"id\":\"t-1\",\"kind\":\"transfer\",\"issuedAt\":\"2026-11-25T10:00:00Z\"}")).refusal()
                .reason()).isEqualTo("payload: must be an object");
        assertThat(inbox.read(topic, new byte[HqInbox.MAX_BYTES + 1]).refusal().reason()).contains("more than");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
