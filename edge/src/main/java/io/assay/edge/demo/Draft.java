package io.assay.edge.demo;

import io.assay.edge.inventory.Category;
import io.assay.edge.inventory.Certificate;
import io.assay.edge.inventory.RingSize;
import io.assay.edge.inventory.Stone;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece on the workbench of the generator: what a design decided (description, maker, metal and its
 * weight, stones, reports, where it is shown) before it is priced, placed and tagged. Filled in by one
 * bench, then read once; not shared between threads.
 */
final class Draft {

    final Category category;
    final String categoryCode;
    String description;
    Houses.Line line;
    int model;
    Alloys.Alloy alloy;
    /** Grams of metal (without stones); zero for a loose stone. */
    BigDecimal metalGrams = BigDecimal.ZERO;
    /** Grams of what is neither metal nor stone: a watch's movement, crystal and strap. */
    BigDecimal otherGrams = BigDecimal.ZERO;
    RingSize ringSize;
    final List<Stone> stones = new ArrayList<>();
    final List<Certificate> certificates = new ArrayList<>();
    /** The tray or case it is displayed in. */
    String display;
    /** Estate and watch pieces often come on consignment from a dealer. */
    boolean usuallyConsigned;
    /** Weighed in pennyweight, as the estate trade does. */
    boolean weighedInPennyweight;
    String notes = "";

    Draft(Category category) {
        this.category = category;
        this.categoryCode = code(category);
    }

    /** The two letters that start a serial and a style number: a clerk reads the kind of piece from a tag. */
    static String code(Category category) {
        return switch (category) {
            case RING -> "RG";
            case ENGAGEMENT_RING -> "EN";
            case BAND -> "BD";
            case NECKLACE -> "NK";
            case PENDANT -> "PD";
            case BRACELET -> "BR";
            case EARRINGS -> "EA";
            case BROOCH -> "BC";
            case WATCH -> "WA";
            case LOOSE_STONE -> "LS";
            case OTHER -> "OT";
        };
    }

    /** How many stones the bench set (for the setting charge). */
    int stonesSet() {
        return stones.stream().mapToInt(Stone::count).sum();
    }

    /** The total carats of the stones. */
    BigDecimal stoneCarats() {
        return stones.stream().map(Stone::caratWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
