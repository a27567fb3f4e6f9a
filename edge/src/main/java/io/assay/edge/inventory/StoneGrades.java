package io.assay.edge.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The vocabularies of stone grading: GIA's diamond scales and the words for stones and shapes. */
public final class StoneGrades {

    public static final List<String> CLARITY = List.of("FL", "IF", "VVS1", "VVS2", "VS1", "VS2", "SI1", "SI2", "I1", "I2", "I3");
    public static final List<String> FINISH = List.of("excellent", "very good", "good", "fair", "poor");
    public static final List<String> CUT = List.of("ideal", "excellent", "very good", "good", "fair", "poor");
    public static final List<String> FLUORESCENCE = List.of("none", "faint", "medium", "strong", "very strong");
    public static final Set<String> TYPES = Set.of("diamond", "sapphire", "ruby", "emerald", "pearl", "tanzanite",
            "tourmaline", "aquamarine", "amethyst", "topaz", "garnet", "opal", "spinel", "morganite", "peridot",
            "tsavorite", "alexandrite", "onyx", "citrine", "jade", "lab-grown diamond", "moissanite", "other");
    public static final Set<String> SHAPES = Set.of("round", "princess", "cushion", "oval", "emerald", "pear",
            "marquise", "radiant", "asscher", "heart", "baguette", "trillion", "cabochon", "rose cut", "old mine",
            "old european", "briolette", "bead", "other");
    public static final Set<String> TREATMENTS = Set.of("none", "heat", "oil", "minor oil", "resin", "irradiation",
            "diffusion", "fracture filled", "dyed", "bleached", "unknown");

    private static final Pattern DIAMOND_COLOUR = Pattern.compile("[D-Z]|[D-Z]-[D-Z]");
    private static final Pattern FANCY = Pattern.compile("fancy( (light|intense|vivid|deep|dark))?( [a-z -]+)?");

    private StoneGrades() {
    }

    /** True for graded diamonds, natural or lab-grown. */
    public static boolean isDiamond(String type) {
        return type != null && type.endsWith("diamond");
    }

    /** GIA colour: a letter D to Z ("F"), a range ("U-V"), or a fancy colour ("fancy intense yellow"). */
    public static boolean isDiamondColour(String colour) {
        return DIAMOND_COLOUR.matcher(colour).matches() || FANCY.matcher(colour.toLowerCase(Locale.ROOT)).matches();
    }
}
