package io.assay.edge.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The after-images of one transaction's writes, in the order they were made: what {@link RedoLog}
 * stores and what {@link Database} replays. Replaying a batch twice gives the same state, so a batch that
 * reached MapDB and the log both is harmless to replay.
 */
final class RedoBatch {

    /** Where a replayed write goes. */
    interface Target {
        void putPiece(String serial, byte[] json);

        void putEpc(String epc, String serial);

        void removeEpc(String epc);

        void putLocation(String id, byte[] json);

        void appendJournal(long seq, byte[] event, String historyKey);

        void putStaff(String user, byte[] json);

        void putDocument(DocumentCollection collection, String key, byte[] json);
    }

    private static final byte PIECE = 1;
    private static final byte EPC = 2;
    private static final byte EPC_REMOVED = 3;
    private static final byte LOCATION = 4;
    private static final byte JOURNAL = 5;
    private static final byte STAFF = 6;
    private static final byte DOCUMENT = 7;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private int writes;

    boolean isEmpty() {
        return writes == 0;
    }

    void clear() {
        bytes.reset();
        writes = 0;
    }

    byte[] toBytes() {
        return bytes.toByteArray();
    }

    void piece(String serial, byte[] json) {
        record(() -> {
            out.writeByte(PIECE);
            out.writeUTF(serial);
            writeBytes(json);
        });
    }

    void epc(String epc, String serial) {
        record(() -> {
            out.writeByte(EPC);
            out.writeUTF(epc);
            out.writeUTF(serial);
        });
    }

    void epcRemoved(String epc) {
        record(() -> {
            out.writeByte(EPC_REMOVED);
            out.writeUTF(epc);
        });
    }

    void location(String id, byte[] json) {
        record(() -> {
            out.writeByte(LOCATION);
            out.writeUTF(id);
            writeBytes(json);
        });
    }

    void journal(long seq, byte[] event, String historyKey) {
        record(() -> {
            out.writeByte(JOURNAL);
            out.writeLong(seq);
            writeBytes(event);
            out.writeUTF(historyKey);
        });
    }

    void staff(String user, byte[] json) {
        record(() -> {
            out.writeByte(STAFF);
            out.writeUTF(user);
            writeBytes(json);
        });
    }

    void document(DocumentCollection collection, String key, byte[] json) {
        record(() -> {
            out.writeByte(DOCUMENT);
            out.writeUTF(collection.mapName());
            out.writeUTF(key);
            writeBytes(json);
        });
    }

    /** Applies a stored batch's writes to {@code target}, in order. */
    static void replay(byte[] payload, Target target) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        while (in.available() > 0) {
            byte kind = in.readByte();
            switch (kind) {
                case PIECE -> target.putPiece(in.readUTF(), readBytes(in));
                case EPC -> target.putEpc(in.readUTF(), in.readUTF());
                case EPC_REMOVED -> target.removeEpc(in.readUTF());
                case LOCATION -> target.putLocation(in.readUTF(), readBytes(in));
                case JOURNAL -> target.appendJournal(in.readLong(), readBytes(in), in.readUTF());
                case STAFF -> target.putStaff(in.readUTF(), readBytes(in));
                case DOCUMENT -> target.putDocument(DocumentCollection.byMapName(in.readUTF()), in.readUTF(), readBytes(in));
                default -> throw new IOException("unknown redo write kind " + kind);
            }
        }
    }

    private void writeBytes(byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] value = new byte[in.readInt()];
        in.readFully(value);
        return value;
    }

    private void record(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("a write to memory failed", e);
        }
        writes++;
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
