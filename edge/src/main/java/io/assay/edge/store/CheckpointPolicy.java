package io.assay.edge.store;

/**
 * When the redo log is long enough to be folded into a base snapshot of the MapDB file.
 *
 * <p>A checkpoint copies the whole MapDB file, so it is due only once the log has grown past
 * {@code mapDbFactor} times that file's size (and never below {@code floorBytes}): with the default
 * factor of 1 every byte of the copy is paid for by at least one byte of log written since the last one,
 * the amortised cost per commit stays constant however large the store grows, and the log a restore has
 * to replay stays below {@code max(floorBytes, mapDbFactor * mapDbBytes)}.
 *
 * @param floorBytes  the log is never checkpointed below this size
 * @param mapDbFactor the log must also exceed this multiple of the MapDB file's size (0 ignores it)
 */
public record CheckpointPolicy(long floorBytes, double mapDbFactor) {

    /** System property overriding {@link #floorBytes} (tests set it small to checkpoint often). */
    public static final String FLOOR_PROPERTY = "assay.redo.checkpointFloorBytes";
    /** System property overriding {@link #mapDbFactor}. */
    public static final String FACTOR_PROPERTY = "assay.redo.checkpointMapDbFactor";

    static final long DEFAULT_FLOOR_BYTES = 32L << 20;
    static final double DEFAULT_MAPDB_FACTOR = 1.0;

    /** Never checkpoints: the log grows as it did before checkpoints existed (measurements only). */
    public static final CheckpointPolicy NEVER = new CheckpointPolicy(Long.MAX_VALUE, 0);

    public CheckpointPolicy {
        if (floorBytes < 1 || mapDbFactor < 0 || Double.isNaN(mapDbFactor)) {
            throw new IllegalArgumentException("checkpoint floor " + floorBytes + " bytes, factor " + mapDbFactor);
        }
    }

    /** The defaults, each overridable by its system property. */
    public static CheckpointPolicy fromSystemProperties() {
        long floor = Long.getLong(FLOOR_PROPERTY, DEFAULT_FLOOR_BYTES);
        String factor = System.getProperty(FACTOR_PROPERTY);
        return new CheckpointPolicy(floor, factor == null ? DEFAULT_MAPDB_FACTOR : Double.parseDouble(factor));
    }

    boolean due(long redoBytes, long mapDbBytes) {
        return redoBytes >= floorBytes && redoBytes >= mapDbFactor * mapDbBytes;
    }
}
