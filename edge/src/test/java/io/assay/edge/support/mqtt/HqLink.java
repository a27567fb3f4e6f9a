package io.assay.edge.support.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A test broker, the certificate of one store of tenant {@code acme}, and HQ connected to it: what a test of
 * the appliance's HQ link needs. {@link #appliance()} configures a {@code RunningApp} to connect as the store.
 */
public final class HqLink implements AutoCloseable {

    public static final String TENANT = "acme";

    private final MosquittoBroker broker;
    private final ClientCert device;
    private final HqClient hq;
    private final String store;

    private HqLink(String store) throws Exception {
        this.store = store;
        this.broker = MosquittoBroker.start(Files.createTempDirectory("assay-mqtt-"));
        this.device = broker.clientCert(store);
        this.hq = broker.hq();
    }

    /** Starts the broker and connects HQ; unchecked, so that it can initialise a test's field. */
    public static HqLink start(String store) {
        try {
            return new HqLink(store);
        } catch (Exception e) {
            throw new IllegalStateException("the test broker cannot start", e);
        }
    }

    public MosquittoBroker broker() {
        return broker;
    }

    public HqClient hq() {
        return hq;
    }

    /** {@code assay/v1/acme/stores/{store}} */
    public String storeTopic() {
        return "assay/v1/" + TENANT + "/stores/" + store;
    }

    /** The appliance as this store, linked to the broker with its own certificate. */
    public UnaryOperator<AssayConfig> appliance() {
        return c -> c.withStore(new AssayConfig.StoreIdentity(TENANT, store, "Fifth Avenue", c.store().currency(), c.store().timeZone()))
                .withHq(new AssayConfig.Hq(URI.create(broker.url()), broker.caCert(), device.cert(), device.key(),
                        "assay-" + TENANT + "-" + store, 100, Duration.ofSeconds(2)));
    }

    /** The journal events HQ received from the store so far, parsed, in arrival order. */
    public List<JsonNode> events() {
        return hq.received().stream().filter(m -> m.topic().startsWith(storeTopic() + "/events/")).map(m -> json(m.payload())).toList();
    }

    public static JsonNode json(byte[] payload) {
        try {
            return Json.mapper().readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        broker.close();
    }
}
