package io.assay.edge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assay.edge.AssayApp;
import io.assay.edge.StartupException;
import io.assay.edge.config.AssayConfig;
import io.assay.edge.support.ApiClient;
import io.assay.edge.support.ApiResponse;
import io.assay.edge.support.TestStaff;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LAN listener on TLS from PEM files, as a store's IT would configure it: the register signs in over
 * HTTPS and its session cookie is marked Secure. The certificate is made by openssl for 127.0.0.1.
 */
class TlsApiTest {

    @TempDir
    Path dir;

    private Path certificate;
    private Path key;

    @BeforeEach
    void aSelfSignedCertificateFor127001() throws Exception {
        certificate = dir.resolve("lan.pem");
        key = dir.resolve("lan.key");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-days", "2", "-subj", "/CN=assay-test", "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", key.toString(), "-out", certificate.toString()).redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes());
        assertThat(openssl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(openssl.exitValue()).as(output).isZero();
    }

    @Test
    void theRegisterSignsInOverHttpsWithASecureCookie() throws Exception {
        AssayConfig config = tls(AssayConfig.forTest(dir.resolve("data"), false), certificate, key);
        try (AssayApp app = AssayApp.start(config)) {
            URI base = URI.create("https://127.0.0.1:" + app.httpPort());
            ApiClient anonymous = new ApiClient(base, trusting(certificate));
            String code = app.enrolmentCode().orElseThrow();
            assertThat(anonymous.post("/api/v1/enrolment", io.assay.edge.json.Json.mapper().createObjectNode().put("code", code)
                    .put("user", "owner").put("name", "Olivia").put("pin", "111111").put("password", TestStaff.OWNER_PASSWORD))
                    .status()).isEqualTo(201);

            ApiResponse signedIn = anonymous.signIn("owner", "111111");

            assertThat(signedIn.status()).isEqualTo(200);
            assertThat(signedIn.header("Set-Cookie")).contains("Secure").containsIgnoringCase("HttpOnly").contains("SameSite=Strict");
            assertThat(anonymous.get("/api/v1/items/count").json().path("count").asInt()).isZero();
            assertThat(signedIn.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        }
    }

    @Test
    void aKeyThatCannotBeReadStopsTheStartNamingTheCause() throws Exception {
        AssayConfig config = tls(AssayConfig.forTest(dir.resolve("data"), false), certificate, dir.resolve("missing.key"));

        assertThatThrownBy(() -> AssayApp.start(config).close()).isInstanceOf(StartupException.class)
                .hasMessageContaining("missing.key");
    }

    private static AssayConfig tls(AssayConfig config, Path certificate, Path key) {
        return config.withHttp(config.http().withTls(new AssayConfig.Tls(certificate, key)));
    }

    /** An SSL context that trusts exactly the appliance's certificate. */
    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry("appliance", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
