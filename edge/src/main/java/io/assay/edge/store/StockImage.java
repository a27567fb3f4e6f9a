package io.assay.edge.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The stored pieces' JSON, one after the other in one file, as a clean close of the store left them: what
 * the next start reads instead of going through MapDB piece by piece.
 *
 * <p>Reading 100k pieces from MapDB costs a positioned read, a B-tree step and two copies each; this file
 * is one sequential read. It is a cache, never the truth: it names the store and the last redo batch the
 * store had applied when it was written, and ends with a CRC-32C of its records. A start uses it only when
 * the store it opened is that store at that batch and the checksum holds; any change since (the next
 * commit moves the batch on), a crash, a torn or foreign file, and the start reads MapDB as before.
 *
 * <p>Layout: magic {@code ASSAYIMG}, version, the store's id (UTF), the applied batch, the number of
 * records; each record its length and bytes; the CRC-32C of everything before it.
 */
final class StockImage {

    static final String FILE_NAME = "assay.stock";
    private static final String TEMP_NAME = FILE_NAME + ".tmp";
    private static final long MAGIC = 0x4153534159494D47L; // "ASSAYIMG"
    private static final int VERSION = 1;
    private static final int BUFFER = 1 << 16;

    private StockImage() {
    }

    /**
     * Writes the image of {@code values} (the pieces in the store {@code storeId} at batch {@code appliedSeq})
     * and puts it in place with a rename, so a reader finds the old image or the new one, never half of one.
     * Returns how many records it holds.
     */
    static int write(Path dataDir, String storeId, long appliedSeq, Collection<byte[]> values) throws IOException {
        Path temp = dataDir.resolve(TEMP_NAME);
        CRC32C crc = new CRC32C();
        try (OutputStream file = Files.newOutputStream(temp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(file, crc), BUFFER))) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(storeId);
            out.writeLong(appliedSeq);
            out.writeInt(values.size());
            int written = 0;
            for (byte[] value : values) {
                out.writeInt(value.length);
                out.write(value);
                written++;
            }
            if (written != values.size()) {
                throw new IOException("pieces changed while their image was written");
            }
            out.flush();
            // The checksum covers what went before it; written past the checked stream.
            new DataOutputStream(file).writeLong(crc.getValue());
        }
        Files.move(temp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return values.size();
    }

    /**
     * The records of the image in {@code dataDir} when it is the image of store {@code storeId} at batch
     * {@code appliedSeq} and whole; otherwise empty, with {@code why} told the reason.
     */
    static Optional<List<byte[]>> read(Path dataDir, String storeId, long appliedSeq, Consumer<String> why) {
        Path file = dataDir.resolve(FILE_NAME);
        CRC32C crc = new CRC32C();
        try (InputStream raw = Files.newInputStream(file);
             CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw, BUFFER), crc);
             DataInputStream in = new DataInputStream(checked)) {
            if (in.readLong() != MAGIC || in.readInt() != VERSION) {
                why.accept("not an image of this version");
                return Optional.empty();
            }
            String id = in.readUTF();
            long seq = in.readLong();
            if (!id.equals(storeId) || seq != appliedSeq) {
                why.accept("made of store " + id + " at batch " + seq + ", the store is " + storeId + " at batch " + appliedSeq);
                return Optional.empty();
            }
            int count = in.readInt();
            if (count < 0) {
                why.accept("damaged");
                return Optional.empty();
            }
            long size = Files.size(file);
            List<byte[]> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int length = in.readInt();
                if (length < 0 || length > size) {
                    why.accept("damaged at record " + i);
                    return Optional.empty();
                }
                values.add(in.readNBytes(length));
                if (values.get(i).length != length) {
                    why.accept("cut short at record " + i);
                    return Optional.empty();
                }
            }
            long expected = crc.getValue();
            // Past the checked part: the checksum itself.
            long stored = new DataInputStream(checked).readLong();
            if (stored != expected || in.read() != -1) {
                why.accept("its checksum does not match");
                return Optional.empty();
            }
            return Optional.of(values);
        } catch (NoSuchFileException e) {
            why.accept("none was left");
            return Optional.empty();
        } catch (EOFException e) {
            why.accept("cut short");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            why.accept("unreadable: " + e);
            return Optional.empty();
        }
    }

    /** Removes the image and any half-written one: for a store about to change outside the writer. */
    static void delete(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(TEMP_NAME));
        Files.deleteIfExists(dataDir.resolve(FILE_NAME));
    }
}
