package io.assay.edge.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assay.edge.staff.SecretHash.Params;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretHashTest {

    // Small enough to keep each hash around a millisecond; only one test pays for DEFAULT.
    private static final Params SMALL = new Params(64, 1, 1);
    private static final SecretHash HASH = new SecretHash(SMALL);

    private static final Pattern SHAPE = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})");

    // From the reference implementation's src/test.c (argon2id, v=0x13, t=2, m=2^8, p=1,
    // "password" with salt "somesalt").
    private static final String REFERENCE_PHC =
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";
    private static final String REFERENCE_PHC_TWO_LANES =
            "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc";

    @Test
    void aHashVerifiesWithItsSecretOnly() {
        String phc = HASH.hash("correct horse battery staple".toCharArray());

        assertThat(HASH.verify("correct horse battery staple".toCharArray(), phc)).isTrue();
        assertThat(HASH.verify("correct horse battery stapler".toCharArray(), phc)).isFalse();
        assertThat(HASH.verify("Correct horse battery staple".toCharArray(), phc)).isFalse();
        assertThat(HASH.verify(new char[0], phc)).isFalse();
    }

    @Test
    void aPinOneDigitOffDoesNotVerify() {
        String phc = HASH.hash("482916");

        assertThat(HASH.verify("482916", phc)).isTrue();
        assertThat(HASH.verify("482917", phc)).isFalse();
        assertThat(HASH.verify("582916", phc)).isFalse();
        assertThat(HASH.verify("48291", phc)).isFalse();
        assertThat(HASH.verify("4829160", phc)).isFalse();
    }

    @Test
    void theCharAndStringFormsAgreeAndNonAsciiIsUtf8() {
        String phc = HASH.hash("Çüé€🔑".toCharArray());

        assertThat(HASH.verify("Çüé€🔑", phc)).isTrue();
        assertThat(HASH.verify("Cue€🔑", phc)).isFalse();
        Matcher m = SHAPE.matcher(phc);
        assertThat(m.matches()).isTrue();
        byte[] salt = Base64.getDecoder().decode(m.group(4));
        byte[] tag = Base64.getDecoder().decode(m.group(5));
        assertThat(SecretHash.argon2id("Çüé€🔑".getBytes(StandardCharsets.UTF_8), salt, null, null, SMALL, 32))
                .isEqualTo(tag);
    }

    @Test
    void anUnpairedSurrogateIsRefusedNotReplaced() {
        // Replaced by '?', "\uD800" and "?" would hash alike.
        assertThatThrownBy(() -> HASH.hash("a\uD800b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("a\uD800b");
        assertThat(HASH.verify("a\uD800b", HASH.hash("a?b"))).isFalse();
    }

    @Test
    void hashingLeavesTheCallersSecretAlone() {
        char[] secret = "1234".toCharArray();
        String phc = HASH.hash(secret);

        assertThat(secret).containsExactly('1', '2', '3', '4');
        assertThat(HASH.verify(secret, phc)).isTrue();
        assertThat(secret).containsExactly('1', '2', '3', '4');
    }

    @Test
    void theSameSecretHashesDifferentlyEachTime() {
        String first = HASH.hash("1234");
        String second = HASH.hash("1234");

        assertThat(first).isNotEqualTo(second);
        assertThat(salt(first)).isNotEqualTo(salt(second));
        assertThat(HASH.verify("1234", first)).isTrue();
        assertThat(HASH.verify("1234", second)).isTrue();
    }

    @Test
    void theHashIsAPhcStringCarryingItsParameters() {
        String phc = new SecretHash(new Params(256, 3, 2)).hash("pin-1234");

        Matcher m = SHAPE.matcher(phc);
        assertThat(m.matches()).as(phc).isTrue();
        assertThat(m.group(1)).isEqualTo("256");
        assertThat(m.group(2)).isEqualTo("3");
        assertThat(m.group(3)).isEqualTo("2");
        // '-' is outside the Base64 alphabet, so this cannot match by chance.
        assertThat(phc).doesNotContain("pin-1234");
    }

    @Test
    void theDefaultParametersAreOwaspsAndRoundTrip() {
        SecretHash hash = new SecretHash();
        assertThat(hash.params()).isEqualTo(new Params(19456, 2, 1)).isEqualTo(Params.DEFAULT);

        String phc = hash.hash("9137");

        assertThat(phc).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").matches(SHAPE);
        assertThat(hash.verify("9137", phc)).isTrue();
        assertThat(hash.verify("9138", phc)).isFalse();
        assertThat(hash.needsRehash(phc)).isFalse();
    }

    @Test
    void verifyUsesTheParametersStoredInTheHash() {
        String phc = HASH.hash("2468");
        // Its own parameters differ in every respect; only those in the string can verify it.
        SecretHash other = new SecretHash(new Params(128, 2, 2));

        assertThat(other.verify("2468", phc)).isTrue();
        assertThat(other.verify("2469", phc)).isFalse();
    }

    @Test
    void encodingAndVerifyMatchTheReferenceImplementation() {
        Params params = new Params(256, 2, 1);
        byte[] salt = "somesalt".getBytes(StandardCharsets.US_ASCII);
        byte[] tag = SecretHash.argon2id("password".getBytes(StandardCharsets.US_ASCII), salt, null, null, params, 32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe");
        assertThat(SecretHash.encode(params, salt, tag)).isEqualTo(REFERENCE_PHC);
        assertThat(HASH.verify("password", REFERENCE_PHC)).isTrue();
        assertThat(HASH.verify("Password", REFERENCE_PHC)).isFalse();
        assertThat(HASH.verify("password", REFERENCE_PHC_TWO_LANES)).isTrue();
    }

    @Test
    void rfc9106Argon2idTestVector() {
        // RFC 9106 section 5.3, through the same parameter wiring that hash and verify use; the vector
        // exercises the secret and associated data inputs, which hash and verify leave empty.
        byte[] password = filled(32, 0x01);
        byte[] salt = filled(16, 0x02);
        byte[] secret = filled(8, 0x03);
        byte[] associated = filled(12, 0x04);

        byte[] tag = SecretHash.argon2id(password, salt, secret, associated, new Params(32, 3, 4), 32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
        // The builder copies what it is given; clearing its copies must not touch the caller's.
        assertThat(secret).isEqualTo(filled(8, 0x03));
        assertThat(salt).isEqualTo(filled(16, 0x02));
    }

    @Test
    void needsRehashWhenTheStoredHashIsWeakerThanTheCurrentParameters() {
        SecretHash current = new SecretHash(new Params(256, 2, 1));

        assertThat(current.needsRehash(current.hash("1234"))).isFalse();
        assertThat(current.needsRehash(new SecretHash(new Params(128, 2, 1)).hash("1234"))).as("less memory").isTrue();
        assertThat(current.needsRehash(new SecretHash(new Params(256, 1, 1)).hash("1234"))).as("fewer passes").isTrue();
        assertThat(current.needsRehash(new SecretHash(new Params(512, 3, 1)).hash("1234"))).as("stronger").isFalse();
        assertThat(current.needsRehash(new SecretHash(new Params(256, 2, 2)).hash("1234"))).as("lanes only").isFalse();
        // The reference hash has an 8-byte salt: valid, but shorter than the 16 bytes written now.
        assertThat(current.needsRehash(REFERENCE_PHC)).as("short salt").isTrue();
        assertThat(current.needsRehash("not a hash")).isTrue();
        assertThat(current.needsRehash(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "$",
        "argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        // Another algorithm or version.
        "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2d$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=16$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
        // Truncated.
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ",
        "$argon2id$v=19$m=256,t=2,p=1",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TK",
        // Bad base64: outside the alphabet, URL-safe alphabet, padding, stray bits, impossible length.
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/!",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR_uIPnA4rEsF5h7TKyQwu9U1bMCHGi_4",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ=$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4=",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/5",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4AB",
        // Absurd or invalid parameters; none of these may allocate or spin.
        "$argon2id$v=19$m=4294967296,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=9999999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=1048577,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=101,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=17$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=0,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=0$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=7,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=-256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=0256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$t=2,m=256,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        // Salt under 8 bytes ("salt"), tag under 16 bytes.
        "$argon2id$v=19$m=256,t=2,p=1$c2FsdA$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR",
        // Trailing rubbish, including a newline the pattern's end anchor might have allowed.
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4\n",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4$",
        " $argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
    })
    void aMalformedOrForeignStringVerifiesFalseWithoutThrowing(String phc) {
        assertThat(HASH.verify("password", phc)).isFalse();
        assertThat(HASH.needsRehash(phc)).isTrue();
    }

    @Test
    void nullAndOversizedStringsVerifyFalse() {
        assertThat(HASH.verify("password", null)).isFalse();
        String huge = REFERENCE_PHC.replace("c29tZXNhbHQ", "A".repeat(100_000));
        assertThat(HASH.verify("password", huge)).isFalse();
    }

    @Test
    void parametersAreValidated() {
        assertThatThrownBy(() -> new Params(7, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Params(31, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Params(64, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Params(64, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Params(1024, 1, 17)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Params(1024 * 1024 + 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Params(64, 101, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Params(32, 1, 4)).isNotNull();
    }

    private static String salt(String phc) {
        Matcher m = SHAPE.matcher(phc);
        assertThat(m.matches()).isTrue();
        return m.group(4);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
