package io.assay.edge.relay;

import io.assay.edge.config.AssayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * One MQTT connection to HQ's broker through Eclipse Paho: TLS with the appliance's own certificate, QoS 1,
 * and the Last Will that marks the store offline. The session is persistent (clean session false, the
 * stable client id), so HQ's commands sent while the store was away are waiting when it comes back; what
 * the store sends is kept by the journal, not by Paho. A message that arrives is acknowledged to the broker
 * only when the receiver says it is safe ({@link Inbound}). Reconnecting is the relay's, not Paho's, so
 * its backoff is tested.
 *
 * <p>Futures and callbacks complete on Paho's threads.
 */
final class BrokerConnection {

    /** Raised on a publish the broker never acknowledged because the session ended. */
    static final class Lost extends RuntimeException {
        Lost(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Takes a message; runs {@code ack} once it is safely kept, and only then does the broker forget it. */
    @FunctionalInterface
    interface Inbound {
        void accept(String topic, byte[] payload, Runnable ack);
    }

    private final MqttAsyncClient client;
    private final MqttConnectOptions options;

    /**
     * @param will   the retained payload of the status topic should this connection die
     * @param onLost called once when an established connection drops, with the reason
     */
    BrokerConnection(AssayConfig.Hq hq, Vertx vertx, String statusTopic, String will, Consumer<String> onLost,
            Inbound onMessage) throws MqttException {
        this.client = new MqttAsyncClient(hq.broker().toString(), hq.clientId(), new MemoryPersistence());
        this.options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(false);
        options.setKeepAliveInterval(30);
        options.setConnectionTimeout(10);
        options.setMaxInflight(hq.maxInflight());
        options.setWill(statusTopic, will.getBytes(StandardCharsets.UTF_8), 1, true);
        if ("ssl".equals(hq.broker().getScheme())) {
            options.setSocketFactory(tls(hq, vertx).getSocketFactory());
        }
        client.setManualAcks(true);
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                onLost.accept(cause == null ? "connection lost" : rootMessage(cause));
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                onMessage.accept(topic, message.getPayload(), () -> acknowledge(message));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // Each publish has its own listener.
            }
        });
    }

    /** The appliance's certificate and key, and the fleet CA that signed the broker's, from PEM files. */
    private static SSLContext tls(AssayConfig.Hq hq, Vertx vertx) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new PemKeyCertOptions().setCertPath(hq.clientCert().toString()).setKeyPath(hq.clientKey().toString())
                            .getKeyManagerFactory(vertx).getKeyManagers(),
                    new PemTrustOptions().addCertPath(hq.caCert().toString()).getTrustManagerFactory(vertx).getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the HQ certificates (hq.caCert, hq.clientCert, hq.clientKey): " + rootMessage(e), e);
        }
    }

    private void acknowledge(MqttMessage message) {
        try {
            client.messageArrivedComplete(message.getId(), message.getQos());
        } catch (MqttException | RuntimeException e) {
            // The connection it came on is gone: the broker delivers it again on the next one.
        }
    }

    CompletableFuture<Void> connect() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            client.connect(options, null, listener(done));
        } catch (MqttException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    /** Subscribes at QoS 1; completes when the broker grants it. */
    CompletableFuture<Void> subscribe(String filter) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            client.subscribe(filter, 1, null, listener(done));
        } catch (MqttException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    /** Publishes at QoS 1; completes when the broker acknowledges. */
    CompletableFuture<Void> publish(String topic, byte[] payload, boolean retained) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            client.publish(topic, payload, 1, retained, null, listener(done));
        } catch (MqttException e) {
            done.completeExceptionally(new Lost(rootMessage(e), e));
        }
        return done;
    }

    boolean connected() {
        return client.isConnected();
    }

    /** Ends the session without the Last Will (a clean stop says so itself) and frees the client. */
    void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(2_000).waitForCompletion(3_000);
            }
        } catch (MqttException e) {
            // Closing anyway: the broker sends the Will, which says the same.
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            // Nothing left to free.
        }
    }

    private static IMqttActionListener listener(CompletableFuture<Void> done) {
        return new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                done.complete(null);
            }

            @Override
            public void onFailure(IMqttToken token, Throwable failure) {
                done.completeExceptionally(failure);
            }
        };
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
