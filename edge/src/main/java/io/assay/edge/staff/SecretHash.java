package io.assay.edge.staff;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and checks staff secrets (register PINs and back-office passwords) with Argon2id.
 *
 * <p>Argon2id is memory-hard: each guess costs megabytes of RAM as well as time, so a stolen staff
 * table cannot be brute-forced cheaply on GPUs. For PINs, whose space is tiny, the hash only slows an
 * offline attack down; limiting attempts where PINs are entered is the caller's part. The defaults
 * are the OWASP Password Storage Cheat Sheet's minimum for Argon2id (19 MiB, 2 iterations, 1 lane):
 * tens of milliseconds per sign-in on one core ({@code SecretHashBench} measures it), not a wait
 * anyone notices at the register.
 *
 * <p>Hashes are stored as PHC strings, the format of the reference implementation
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<tag>}), so each hash carries the parameters it was
 * made with: {@link #verify} uses those, not the current ones, and the parameters can be raised
 * later without locking anyone out; {@link #needsRehash} tells a successful sign-in to store a new
 * hash under the current parameters.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class SecretHash {

    /**
     * Argon2id cost parameters.
     *
     * @param memoryKiB memory in KiB; at least 8 per lane, as Argon2 requires, and at most 1 GiB
     * @param iterations passes over the memory, 1 to 100
     * @param parallelism lanes, 1 to 16
     */
    public record Params(int memoryKiB, int iterations, int parallelism) {

        /** OWASP's minimum for Argon2id: m=19 MiB, t=2, p=1. */
        public static final Params DEFAULT = new Params(19 * 1024, 2, 1);

        // The same bounds apply to configured parameters and to those read from a stored hash, so
        // every hash this class writes is one it accepts, and a tampered or foreign string cannot
        // make a sign-in allocate gigabytes or spin for minutes.
        static final int MAX_MEMORY_KIB = 1024 * 1024;
        static final int MAX_ITERATIONS = 100;
        static final int MAX_PARALLELISM = 16;

        public Params {
            if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
                throw new IllegalArgumentException("parallelism must be 1 to " + MAX_PARALLELISM + ": " + parallelism);
            }
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("iterations must be 1 to " + MAX_ITERATIONS + ": " + iterations);
            }
            if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
                throw new IllegalArgumentException("memory must be 8 KiB per lane to " + MAX_MEMORY_KIB + " KiB: "
                        + memoryKiB);
            }
        }
    }

    static final int SALT_BYTES = 16;
    static final int TAG_BYTES = 32;

    // Accepted from stored hashes: 8 bytes is the PHC minimum for a salt; a tag under 16 bytes would
    // be a weak hash, and neither needs to be longer than 64.
    private static final int MIN_SALT_BYTES = 8;
    private static final int MAX_SALT_BYTES = 64;
    private static final int MIN_TAG_BYTES = 16;
    private static final int MAX_TAG_BYTES = 64;
    private static final int MAX_PHC_CHARS = 256;

    // Decimal without sign or leading zeros, as the PHC format requires; ten digits so that any
    // overflow is caught by parsing as a long, not by the pattern.
    private static final String NUMBER = "(0|[1-9][0-9]{0,9})";
    private static final String B64 = "([A-Za-z0-9+/]+)";
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=" + NUMBER + ",t=" + NUMBER + ",p=" + NUMBER + "\\$" + B64 + "\\$" + B64);

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final Params params;
    private final SecureRandom random;

    public SecretHash(Params params) {
        this(params, new SecureRandom());
    }

    public SecretHash() {
        this(Params.DEFAULT);
    }

    SecretHash(Params params, SecureRandom random) {
        this.params = Objects.requireNonNull(params, "params");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The parameters new hashes are made with. */
    public Params params() {
        return params;
    }

    /** The hash of {@code secret}, or null when there is none; the secret's characters are wiped either way. */
    public String hashThenWipe(char[] secret) {
        if (secret == null) {
            return null;
        }
        try {
            return hash(secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * Hashes {@code secret} under the current parameters with a fresh random salt.
     *
     * @return a PHC string, {@code $argon2id$v=19$m=..,t=..,p=..$<salt>$<tag>}
     * @throws IllegalArgumentException if the secret is not valid UTF-16 (an unpaired surrogate)
     */
    public String hash(char[] secret) {
        Objects.requireNonNull(secret, "secret");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] password = utf8(secret);
        if (password == null) {
            throw new IllegalArgumentException("secret is not valid UTF-16");
        }
        try {
            return encode(params, salt, argon2id(password, salt, null, null, params, TAG_BYTES));
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** As {@link #hash(char[])}; prefer that one where the secret arrives as a {@code char[]}. */
    public String hash(String secret) {
        char[] chars = Objects.requireNonNull(secret, "secret").toCharArray();
        try {
            return hash(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * Whether {@code secret} is the one {@code phc} was made from, computed with the parameters stored
     * in {@code phc}. A string that is missing, malformed, of another algorithm or version, or with
     * parameters out of bounds gives {@code false}: it never throws for a bad stored value.
     */
    public boolean verify(char[] secret, String phc) {
        Objects.requireNonNull(secret, "secret");
        Stored stored = parse(phc);
        if (stored == null) {
            return false;
        }
        byte[] password = utf8(secret);
        if (password == null) {
            return false;
        }
        try {
            byte[] computed = argon2id(password, stored.salt, null, null, stored.params, stored.tag.length);
            return MessageDigest.isEqual(computed, stored.tag);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** As {@link #verify(char[], String)}. */
    public boolean verify(String secret, String phc) {
        char[] chars = Objects.requireNonNull(secret, "secret").toCharArray();
        try {
            return verify(chars, phc);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * Whether {@code phc} is weaker than what {@link #hash} makes now: less memory, fewer iterations,
     * a shorter salt or tag, or not a hash this class can read at all. Call it after a successful
     * {@link #verify}, while the secret is at hand, and store a fresh hash if it says so. A lane count
     * that differs alone does not count: it changes the computation, not its cost to an attacker.
     */
    public boolean needsRehash(String phc) {
        Stored stored = parse(phc);
        return stored == null
                || stored.params.memoryKiB() < params.memoryKiB()
                || stored.params.iterations() < params.iterations()
                || stored.salt.length < SALT_BYTES
                || stored.tag.length < TAG_BYTES;
    }

    /**
     * Raw Argon2id (version 0x13) through BouncyCastle. {@code secret} (a key, or pepper) and
     * {@code associated} data may be null; {@link #hash} passes neither, and the test pins this wiring
     * to the RFC 9106 vector, which uses both.
     */
    static byte[] argon2id(byte[] password, byte[] salt, byte[] secret, byte[] associated, Params params,
            int tagLength) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt);
        if (secret != null) {
            builder.withSecret(secret);
        }
        if (associated != null) {
            builder.withAdditional(associated);
        }
        Argon2Parameters parameters = builder.build();
        // The builder and the parameters keep their own copies of the pepper; clear them once used.
        builder.clear();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] tag = new byte[tagLength];
            generator.generateBytes(password, tag);
            return tag;
        } finally {
            parameters.clear();
        }
    }

    static String encode(Params params, byte[] salt, byte[] tag) {
        return "$argon2id$v=19$m=" + params.memoryKiB() + ",t=" + params.iterations() + ",p="
                + params.parallelism() + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(tag);
    }

    private record Stored(Params params, byte[] salt, byte[] tag) {
    }

    /** The parts of a well-formed PHC string within bounds, or null: never throws. */
    private static Stored parse(String phc) {
        if (phc == null || phc.length() > MAX_PHC_CHARS) {
            return null;
        }
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return null;
        }
        long memory = Long.parseLong(m.group(1));
        long iterations = Long.parseLong(m.group(2));
        long parallelism = Long.parseLong(m.group(3));
        if (memory > Params.MAX_MEMORY_KIB || iterations > Params.MAX_ITERATIONS
                || parallelism > Params.MAX_PARALLELISM) {
            return null;
        }
        Params params;
        try {
            params = new Params((int) memory, (int) iterations, (int) parallelism);
        } catch (IllegalArgumentException e) {
            return null;
        }
        byte[] salt = decode(m.group(4));
        byte[] tag = decode(m.group(5));
        if (salt == null || tag == null
                || salt.length < MIN_SALT_BYTES || salt.length > MAX_SALT_BYTES
                || tag.length < MIN_TAG_BYTES || tag.length > MAX_TAG_BYTES) {
            return null;
        }
        return new Stored(params, salt, tag);
    }

    /**
     * Unpadded standard Base64, or null. Like the reference decoder, it refuses a non-canonical
     * encoding (stray bits in the last character, or a length no encoder produces), so that a hash
     * has one spelling only.
     */
    private static byte[] decode(String text) {
        byte[] bytes;
        try {
            bytes = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ENCODER.encodeToString(bytes).equals(text) ? bytes : null;
    }

    /**
     * The secret as UTF-8 in an array of exactly its length, or null if it has an unpaired surrogate.
     * Encoded into one buffer sized for the worst case, so that no resized copy of the secret is left
     * behind for the garbage collector, and refused rather than replaced with '?' when invalid, so
     * that two different secrets cannot hash alike.
     */
    private static byte[] utf8(char[] secret) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] buffer = new byte[(int) Math.ceil(secret.length * (double) encoder.maxBytesPerChar())];
        try {
            ByteBuffer out = ByteBuffer.wrap(buffer);
            CoderResult result = encoder.encode(CharBuffer.wrap(secret), out, true);
            if (!result.isUnderflow()) {
                result.throwException();
            }
            result = encoder.flush(out);
            if (!result.isUnderflow()) {
                result.throwException();
            }
            return Arrays.copyOf(buffer, out.position());
        } catch (CharacterCodingException e) {
            return null;
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }
}
