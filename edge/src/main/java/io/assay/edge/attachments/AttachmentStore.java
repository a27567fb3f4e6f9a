package io.assay.edge.attachments;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.assay.edge.domain.InvalidInputException;
import io.assay.edge.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Certificate scans and photos, stored by content hash under {@code dataDir/attachments}. A file is on
 * disk (written, fsynced, renamed into place, directory fsynced) before {@link #put} returns, so a kill
 * after the answer never loses it. Thread-safe: concurrent puts of one file write the same bytes.
 */
public final class AttachmentStore {

    /** Accepted types and the first bytes their files start with. */
    public static final Map<String, byte[]> TYPES = Map.of(
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "image/webp", new byte[] {'R', 'I', 'F', 'F'},
            "application/pdf", new byte[] {'%', 'P', 'D', 'F'});
    /** Largest file: a high-resolution scan. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    private final ObjectMapper mapper = Json.mapper();

    public AttachmentStore(Path dataDir) throws IOException {
        this.dir = Files.createDirectories(dataDir.resolve("attachments"));
    }

    /** True when {@code id} has the form of an attachment id. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Stores a file durably.
     *
     * @throws InvalidInputException when the type is not accepted, the file is empty or too large, or its
     *                               content is not of the stated type
     */
    public Attachment put(byte[] content, String contentType) throws IOException {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        byte[] magic = TYPES.get(type);
        if (magic == null) {
            throw InvalidInputException.of("Content-Type", "'" + type + "' is not accepted; send "
                    + String.join(", ", TYPES.keySet().stream().sorted().toList()));
        }
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw InvalidInputException.of("body", "a file is 1 byte to " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        if (!startsWith(content, magic)) {
            throw InvalidInputException.of("body", "the content is not a " + type + " file");
        }
        String id = sha256(content);
        Attachment attachment = new Attachment(id, type, content.length);
        Path file = dir.resolve(id);
        if (!Files.exists(file)) {
            writeDurably(dir.resolve(id + ".json"), mapper.writeValueAsBytes(attachment));
            writeDurably(file, content);
            syncDirectory();
        }
        return attachment;
    }

    public Optional<Attachment> get(String id) throws IOException {
        if (!isId(id) || !Files.exists(dir.resolve(id))) {
            return Optional.empty();
        }
        return Optional.of(mapper.readValue(dir.resolve(id + ".json").toFile(), Attachment.class));
    }

    public boolean exists(String id) {
        return isId(id) && Files.exists(dir.resolve(id));
    }

    /** The file's path, for streaming it to a client. */
    public Path path(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("not an attachment id: " + id);
        }
        return dir.resolve(id);
    }

    private void writeDurably(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(dir, ".incoming-", ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void syncDirectory() throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
