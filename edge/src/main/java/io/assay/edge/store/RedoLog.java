package io.assay.edge.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * An append-only file of committed batches, each forced to disk before the batch is acknowledged.
 *
 * <p>Why it exists: MapDB 3.1's write-ahead log is never replayed when a store is opened (StoreWAL
 * reads the main file as it is). A process killed while a commit copies its changes from the WAL into
 * the main file leaves a torn file: we saw acknowledged pieces vanish and BTree reads fail after kill -9.
 * This log is what makes a commit durable; the MapDB file is a view of it that {@link Database} rebuilds
 * when it may be torn.
 *
 * <p>Record: {@code int length, int crc32c, long seq, payload[length]}, the CRC over seq and payload.
 * A record with no payload and the seq of the batch before it is an <em>applied mark</em>: MapDB
 * finished committing that batch. It is written without forcing: if it reached the disk, so did MapDB's
 * commit (which forces its own files first); if it did not, the store is only checked more carefully.
 * Appends are sequential and each is forced before the next starts, so only the last record can be
 * incomplete (a kill during its append); it was never acknowledged and is cut off at open. A bad record
 * anywhere else is corruption and stops the start.
 *
 * <p>A checkpoint ({@link #restart}) replaces the log by one that starts with a lone applied mark: the
 * batches up to its seq are in the base snapshot and no longer here. {@link #startSeq} says so at open.
 */
final class RedoLog implements AutoCloseable {

    static final int HEADER_BYTES = 16;
    /** Where {@link #restart} writes the next log before renaming it over this one. */
    static final String TEMP_SUFFIX = ".tmp";

    private final Path file;
    private final FileChannel channel;
    private final long startSeq;
    private long end;
    private long lastSeq;
    private boolean lastApplied;

    private RedoLog(Path file, FileChannel channel, long startSeq, long end, long lastSeq, boolean lastApplied) {
        this.file = file;
        this.channel = channel;
        this.startSeq = startSeq;
        this.end = end;
        this.lastSeq = lastSeq;
        this.lastApplied = lastApplied;
    }

    /** Opens or creates the log, cutting off an incomplete last record. */
    static RedoLog open(Path file) throws IOException {
        boolean created = !Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            if (created) {
                channel.force(true);
                DurableFiles.forceDirectory(file.toAbsolutePath().getParent());
            }
            long size = channel.size();
            long position = 0;
            long lastStart = -1;
            long lastSeq = 0;
            boolean lastApplied = false;
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            // Walk the headers only: the start must stay fast with a large log. The last record is the
            // only one a kill can have cut, so only its checksum is checked here.
            while (position + HEADER_BYTES <= size) {
                header.clear();
                readFully(channel, header, position);
                int length = header.getInt(0);
                long next = position + HEADER_BYTES + length;
                if (length < 0 || next > size) {
                    break;
                }
                lastStart = position;
                lastApplied = length == 0;
                lastSeq = header.getLong(8);
                position = next;
            }
            if (lastStart >= 0 && readRecord(channel, lastStart) == null) {
                position = lastStart;
                lastSeq = previousSeq(channel, lastStart);
                lastApplied = false;
            }
            if (position < size) {
                channel.truncate(position);
                channel.force(true);
            }
            return new RedoLog(file, channel, startSeq(channel, position), position, lastSeq, lastApplied);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Replaces this log by a fresh one holding only an applied mark for {@link #lastSeq}: written beside
     * it, forced, then renamed over it. The caller has made a base snapshot holding every batch up to
     * {@link #lastSeq} durable first. Until the rename this log is untouched, and on failure it stays
     * the log. This log is closed once the fresh one is installed.
     */
    RedoLog restart(Checkpoint.Observer observer) throws IOException {
        if (!lastApplied) {
            throw new IllegalStateException("redo batch " + lastSeq + " is not applied yet");
        }
        Path temp = file.resolveSibling(file.getFileName() + TEMP_SUFFIX);
        FileChannel fresh = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            writeFully(fresh, mark(lastSeq), 0);
            fresh.force(true);
            observer.reached(Checkpoint.Step.LOG_WRITTEN);
            // The open channel follows the renamed file, so appends go to the installed log.
            DurableFiles.replace(temp, file);
        } catch (IOException | RuntimeException e) {
            fresh.close();
            Files.deleteIfExists(temp);
            throw e;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // The old log is already unlinked; nothing more can be lost by failing to close it.
        }
        return new RedoLog(file, fresh, lastSeq, HEADER_BYTES, lastSeq, true);
    }

    /**
     * The batches up to this seq are not in the log but in the base snapshot a checkpoint made; 0 when
     * the log holds every batch since the store was created.
     */
    long startSeq() {
        return startSeq;
    }

    /** Bytes in the log. */
    long size() {
        return end;
    }

    /** The sequence number of the last complete record, 0 when empty. */
    long lastSeq() {
        return lastSeq;
    }

    boolean isEmpty() {
        return end == 0;
    }

    /** True when the last batch is followed by its applied mark: no MapDB commit was under way. */
    boolean lastApplied() {
        return lastApplied;
    }

    /** Appends a record and forces it to disk. On failure the log is cut back to where it was. */
    void append(long seq, byte[] payload) throws IOException {
        if (seq != lastSeq + 1) {
            throw new IllegalArgumentException("redo seq " + seq + " after " + lastSeq);
        }
        ByteBuffer record = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        record.putInt(payload.length).putInt(checksum(seq, payload, 0, payload.length)).putLong(seq).put(payload);
        record.flip();
        long start = end;
        try {
            while (record.hasRemaining()) {
                channel.write(record, start + record.position());
            }
            channel.force(false);
        } catch (IOException e) {
            cutBack(start);
            throw e;
        }
        end = start + HEADER_BYTES + payload.length;
        lastSeq = seq;
        lastApplied = false;
    }

    /** Marks the last batch as committed in MapDB. Not forced: see the class comment. */
    void markApplied() throws IOException {
        writeFully(channel, mark(lastSeq), end);
        end += HEADER_BYTES;
        lastApplied = true;
    }

    private static ByteBuffer mark(long seq) {
        ByteBuffer mark = ByteBuffer.allocate(HEADER_BYTES);
        mark.putInt(0).putInt(checksum(seq, new byte[0], 0, 0)).putLong(seq);
        return mark.flip();
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer, position + buffer.position());
        }
    }

    /** Removes the last record: its batch did not commit in MapDB, so it must not be replayed. */
    void dropLast(long seq) throws IOException {
        if (seq != lastSeq) {
            throw new IllegalArgumentException("can only drop the last record " + lastSeq + ", not " + seq);
        }
        long start = recordStart(seq);
        cutBack(start);
        end = start;
        lastSeq = previousSeq(channel, start);
        lastApplied = true;
    }

    /** Calls {@code consumer} with every record after {@code afterSeq}, in order, checking each checksum. */
    void replay(long afterSeq, RecordConsumer consumer) throws IOException {
        long position = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        while (position < end) {
            header.clear();
            readFully(channel, header, position);
            int length = header.getInt(0);
            long seq = header.getLong(8);
            if (seq > afterSeq && length > 0) {
                byte[] payload = readRecord(channel, position);
                if (payload == null) {
                    throw new IOException(file + ": record " + seq + " at byte " + position + " is corrupt");
                }
                consumer.accept(seq, payload);
            }
            position += HEADER_BYTES + length;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    Path file() {
        return file;
    }

    /** Reads the record at {@code start}; null when it is incomplete or its checksum is wrong. */
    private static byte[] readRecord(FileChannel channel, long start) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        readFully(channel, header, start);
        int length = header.getInt(0);
        if (length < 0 || start + HEADER_BYTES + length > channel.size()) {
            return null;
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        readFully(channel, payload, start + HEADER_BYTES);
        byte[] bytes = payload.array();
        return checksum(header.getLong(8), bytes, 0, length) == header.getInt(4) ? bytes : null;
    }

    private long recordStart(long seq) throws IOException {
        long position = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        while (position < end) {
            header.clear();
            readFully(channel, header, position);
            if (header.getLong(8) == seq && header.getInt(0) > 0) {
                return position;
            }
            position += HEADER_BYTES + header.getInt(0);
        }
        throw new IllegalStateException("redo record " + seq + " not found");
    }

    /** What the first record says about the batches before it: see {@link #startSeq()}. */
    private static long startSeq(FileChannel channel, long end) throws IOException {
        if (end == 0) {
            return 0;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        readFully(channel, header, 0);
        long seq = header.getLong(8);
        return header.getInt(0) == 0 ? seq : seq - 1;
    }

    /** The seq of the record before the one starting at {@code start}, 0 if none. */
    private static long previousSeq(FileChannel channel, long start) throws IOException {
        long position = 0;
        long seq = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        while (position < start) {
            header.clear();
            readFully(channel, header, position);
            seq = header.getLong(8);
            position += HEADER_BYTES + header.getInt(0);
        }
        return seq;
    }

    private void cutBack(long start) throws IOException {
        channel.truncate(start);
        channel.force(true);
    }

    private static int checksum(long seq, byte[] payload, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(8).putLong(0, seq));
        crc.update(payload, offset, length);
        return (int) crc.getValue();
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new IOException("unexpected end of redo log at byte " + (position + buffer.position()));
            }
        }
    }

    @FunctionalInterface
    interface RecordConsumer {
        void accept(long seq, byte[] payload) throws IOException;
    }
}
