package io.assay.edge.inventory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.assay.drivers.epc.Epc96;
import java.time.Instant;
import java.util.List;

/**
 * One serialized piece of jewelry, as it stands after the last committed change. Immutable: a change
 * makes a new {@code Piece} with a higher {@code version}.
 *
 * <p>The JSON form of this record (field names and value shapes) is the API contract.
 *
 * @param serial      unique, human-friendly identifier printed on the tag
 * @param epc         the RFID tag's EPC as 24 upper-case hex digits, or null
 * @param fineness    canonical fineness: karat for gold ("18k"), millesimal otherwise ("950"), or null
 * @param cost        what the boutique paid, or null
 * @param version     1 on creation, +1 on each change
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"serial", "epc", "style", "category", "description", "designer", "collection", "metal",
    "fineness", "metalColour", "weight", "ringSize", "stones", "certificates", "cost", "retailPrice",
    "location", "status", "notes", "photos", "version", "createdAt", "updatedAt"})
public record Piece(
        String serial,
        String epc,
        String style,
        Category category,
        String description,
        String designer,
        String collection,
        Metal metal,
        String fineness,
        String metalColour,
        Weight weight,
        RingSize ringSize,
        List<Stone> stones,
        List<Certificate> certificates,
        Money cost,
        Money retailPrice,
        String location,
        PieceStatus status,
        String notes,
        List<String> photos,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Piece {
        stones = stones == null ? List.of() : List.copyOf(stones);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        photos = photos == null ? List.of() : List.copyOf(photos);
        notes = notes == null ? "" : notes;
    }

    /** The EPC as two longs, or null when the piece has no tag. */
    @JsonIgnore
    public Epc96 epc96() {
        return epc == null ? null : Epc96.parse(epc);
    }

    /** This piece with another status, one version later. */
    public Piece withStatus(PieceStatus next, Instant at) {
        return new Piece(serial, epc, style, category, description, designer, collection, metal, fineness,
                metalColour, weight, ringSize, stones, certificates, cost, retailPrice, location, next, notes,
                photos, version + 1, createdAt, at);
    }

    /** This piece as first entered: version 1, created and updated now. */
    public Piece asNew(Instant at) {
        return new Piece(serial, epc, style, category, description, designer, collection, metal, fineness,
                metalColour, weight, ringSize, stones, certificates, cost, retailPrice, location, status, notes,
                photos, 1, at, at);
    }

    /** This piece as the next version of {@code previous}: keeps its creation time. */
    public Piece asSuccessorOf(Piece previous, Instant at) {
        return new Piece(serial, epc, style, category, description, designer, collection, metal, fineness,
                metalColour, weight, ringSize, stones, certificates, cost, retailPrice, location, status, notes,
                photos, previous.version + 1, previous.createdAt, at);
    }
}
