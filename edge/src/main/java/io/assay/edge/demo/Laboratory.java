package io.assay.edge.demo;

import io.assay.edge.inventory.Certificate;
import io.assay.edge.inventory.Stone;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Issues the grading reports of the demo stock: which laboratory graded a stone, a report number in that
 * laboratory's format, a date, and grades that repeat the stone's own. Numbers are unique across the
 * boutique.
 *
 * <p>Formats: GIA 10 digits; IGI 9 digits, or "LG" and 9 digits for a lab-grown diamond; AGS "104" and
 * 9 digits; HRD 10 digits starting with the year; for coloured stones also GRS ("GRS2024-061234"), SSEF
 * (6 digits) and Gübelin (8 digits starting with year and month).
 */
final class Laboratory {

    private static final Odds<String> NATURAL_DIAMOND = Odds.of("GIA", 62).or("AGS", 14).or("IGI", 12).or("HRD", 12).build();
    private static final Odds<String> LAB_GROWN_DIAMOND = Odds.of("IGI", 85).or("GIA", 15).build();
    private static final Odds<String> COLOURED_STONE = Odds.of("GIA", 55).or("GRS", 20).or("SSEF", 15).or("Gübelin", 10).build();
    private static final Odds<String> PEARL = Odds.of("GIA", 70).or("SSEF", 30).build();
    private static final Odds<String> GROWTH = Odds.of("CVD", 70).or("HPHT", 30).build();
    private static final Map<String, String> IDENTIFICATION = Map.ofEntries(
            Map.entry("sapphire", "natural corundum"), Map.entry("ruby", "natural corundum"),
            Map.entry("emerald", "natural beryl"), Map.entry("aquamarine", "natural beryl"),
            Map.entry("morganite", "natural beryl"), Map.entry("tanzanite", "natural zoisite"),
            Map.entry("spinel", "natural spinel"), Map.entry("tourmaline", "natural tourmaline"),
            Map.entry("alexandrite", "natural chrysoberyl"), Map.entry("tsavorite", "natural grossular garnet"),
            Map.entry("garnet", "natural garnet"), Map.entry("opal", "natural opal"),
            Map.entry("amethyst", "natural quartz"), Map.entry("citrine", "natural quartz"),
            Map.entry("topaz", "natural topaz"), Map.entry("peridot", "natural peridot"),
            Map.entry("pearl", "cultured pearls"));
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyMM");

    private final Set<String> issued = new HashSet<>();

    /** The laboratory a diamond of this kind is sent to. */
    static String forDiamond(Dice dice, boolean labGrown) {
        return (labGrown ? LAB_GROWN_DIAMOND : NATURAL_DIAMOND).roll(dice);
    }

    /** The laboratory a coloured stone is sent to; pearls go to the two that identify them. */
    static String forColouredStone(Dice dice, String type) {
        return (type.equals("pearl") ? PEARL : COLOURED_STONE).roll(dice);
    }

    /** A report of {@code lab} on {@code stone}, dated {@code date}, with a number not issued before. */
    Certificate report(Dice dice, String lab, Stone stone, LocalDate date) {
        String number;
        do {
            number = number(dice, lab, stone, date);
        } while (!issued.add(lab + " " + number));
        return new Certificate(lab, number, date, grades(dice, stone), null);
    }

    private static String number(Dice dice, String lab, Stone stone, LocalDate date) {
        String year = String.valueOf(date.getYear());
        return switch (lab) {
            case "GIA" -> dice.pick("1", "2", "5", "6", "7") + dice.digits(9);
            case "IGI" -> DiamondGrading.LAB_GROWN.equals(stone.type()) ? "LG" + dice.pick("5", "6", "7") + dice.digits(8)
                    : dice.pick("5", "6") + dice.digits(8);
            case "AGS" -> "104" + dice.digits(9);
            case "HRD" -> year.substring(2) + dice.digits(8);
            case "GRS" -> "GRS" + year + "-" + dice.pick("0", "1") + dice.digits(5);
            case "SSEF" -> dice.pick("1", "2") + dice.digits(5);
            case "Gübelin" -> date.format(YEAR_MONTH) + dice.digits(4);
            default -> throw new IllegalArgumentException("the demo issues no reports of " + lab);
        };
    }

    /** The grades as printed on the report, in the report's order; they repeat the stone's own. */
    private static Map<String, String> grades(Dice dice, Stone stone) {
        Map<String, String> grades = new LinkedHashMap<>();
        boolean diamond = DiamondGrading.NATURAL.equals(stone.type()) || DiamondGrading.LAB_GROWN.equals(stone.type());
        if (diamond) {
            grades.put("identification", DiamondGrading.LAB_GROWN.equals(stone.type())
                    ? "laboratory-grown diamond (" + GROWTH.roll(dice) + ")" : "natural diamond");
        } else {
            grades.put("identification", IDENTIFICATION.get(stone.type()));
            grades.put("variety", stone.type());
        }
        grades.put("shape", stone.shape());
        if (stone.count() > 1) {
            grades.put("count", String.valueOf(stone.count()));
        }
        grades.put("caratWeight", stone.caratWeight().toPlainString());
        grades.put("colour", stone.colour());
        if (diamond) {
            grades.put("clarity", stone.clarity());
            putIfStated(grades, "cut", stone.cut());
            putIfStated(grades, "polish", stone.polish());
            putIfStated(grades, "symmetry", stone.symmetry());
            putIfStated(grades, "fluorescence", stone.fluorescence());
        } else {
            grades.put("origin", stone.origin());
            grades.put("treatment", stone.treatment());
        }
        return grades;
    }

    /** A parcel of accent stones is reported without per-stone finish grades. */
    private static void putIfStated(Map<String, String> grades, String grade, String value) {
        if (value != null) {
            grades.put(grade, value);
        }
    }
}
