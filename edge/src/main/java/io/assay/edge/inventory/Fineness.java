package io.assay.edge.inventory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fineness rules per metal. Gold is stated in karat (8k to 24k) or millesimal; common millesimal gold
 * standards are normalised to karat so that "750" and "18k" count together. Platinum is 850, 900 or
 * 950; silver 800, 925, 958 or 999; palladium millesimal 500 to 999.
 */
public final class Fineness {

    private static final Pattern KARAT = Pattern.compile("(\\d{1,2})\\s*(?:k|kt|ct|karat)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MILLESIMAL = Pattern.compile("\\d{3}");
    private static final Map<Integer, Integer> GOLD_STANDARDS = Map.of(
            333, 8, 375, 9, 417, 10, 583, 14, 585, 14, 750, 18, 833, 20, 875, 21, 916, 22, 999, 24);
    private static final Set<Integer> PLATINUM = Set.of(850, 900, 950);
    private static final Set<Integer> SILVER = Set.of(800, 925, 958, 999);

    private Fineness() {
    }

    /**
     * The canonical fineness of {@code text} for {@code metal}, or an explanation of why it does not fit.
     *
     * @return either the canonical text (left) or the reason it is refused (right)
     */
    public static Result canonical(Metal metal, String text) {
        String t = text.trim();
        Matcher karat = KARAT.matcher(t);
        boolean isKarat = karat.matches();
        boolean isMillesimal = MILLESIMAL.matcher(t).matches();
        if (!isKarat && !isMillesimal) {
            return metal == Metal.OTHER ? Result.ok(t)
                    : Result.refused("'" + text + "' is neither karat (e.g. 18k) nor millesimal (e.g. 750)");
        }
        switch (metal) {
            case GOLD -> {
                if (isKarat) {
                    int k = Integer.parseInt(karat.group(1));
                    return k >= 8 && k <= 24 ? Result.ok(k + "k") : Result.refused("gold is 8k to 24k, not " + k + "k");
                }
                int m = Integer.parseInt(t);
                Integer k = GOLD_STANDARDS.get(m);
                if (k != null) {
                    return Result.ok(k + "k");
                }
                return m >= 333 && m <= 999 ? Result.ok(Integer.toString(m))
                        : Result.refused("gold fineness " + m + " is below 8k (333)");
            }
            case PLATINUM, SILVER -> {
                Set<Integer> allowed = metal == Metal.PLATINUM ? PLATINUM : SILVER;
                if (isKarat) {
                    return Result.refused("karat applies to gold only; " + metal.label() + " is " + sorted(allowed));
                }
                int m = Integer.parseInt(t);
                return allowed.contains(m) ? Result.ok(Integer.toString(m))
                        : Result.refused(metal.label() + " is " + sorted(allowed) + ", not " + m);
            }
            case PALLADIUM -> {
                if (isKarat) {
                    return Result.refused("karat applies to gold only; palladium is millesimal (500 to 999)");
                }
                int m = Integer.parseInt(t);
                return m >= 500 && m <= 999 ? Result.ok(Integer.toString(m))
                        : Result.refused("palladium is 500 to 999, not " + m);
            }
            default -> {
                return Result.ok(isKarat ? Integer.parseInt(karat.group(1)) + "k" : t);
            }
        }
    }

    private static String sorted(Set<Integer> values) {
        return values.stream().sorted().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The outcome of {@link #canonical}: a canonical value or a refusal. */
    public record Result(Optional<String> value, String reason) {
        static Result ok(String value) {
            return new Result(Optional.of(value), null);
        }

        static Result refused(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }
}
