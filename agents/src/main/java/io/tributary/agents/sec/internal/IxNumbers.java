package io.tributary.agents.sec.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the displayed figure of an inline-XBRL {@code ix:nonFraction} according to its
 * {@code format} (the XBRL transformation registry names), then applies {@code scale} and
 * {@code sign}. Formats it does not know give no value rather than a wrong one.
 */
public final class IxNumbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("no", 0), Map.entry("none", 0), Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private IxNumbers() {
    }

    /**
     * The value of a displayed figure, or empty when the format is unknown or the text does not
     * fit it.
     *
     * @param text     the displayed text
     * @param format   the {@code format} attribute, possibly empty
     * @param scale    the {@code scale} attribute, possibly empty
     * @param negative whether {@code sign="-"} was given
     */
    public static Optional<BigDecimal> value(String text, String format, String scale, boolean negative) {
        Optional<BigDecimal> shown = shown(text.strip(), localName(format));
        if (shown.isEmpty()) {
            return shown;
        }
        BigDecimal value = shown.get();
        if (!scale.isBlank()) {
            try {
                value = value.scaleByPowerOfTen(Integer.parseInt(scale.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(negative ? value.negate() : value);
    }

    private static Optional<BigDecimal> shown(String text, String format) {
        switch (format) {
            case "fixed-zero", "zerodash", "fixedzero" -> {
                return Optional.of(BigDecimal.ZERO);
            }
            case "numwordsen", "num-word-en" -> {
                return Optional.ofNullable(WORDS.get(text.toLowerCase(Locale.ROOT))).map(BigDecimal::valueOf);
            }
            case "num-comma-decimal", "numcommadecimal", "numdotcomma" -> {
                return decimal(text.replace(".", "").replace(" ", "").replace(',', '.'));
            }
            case "", "num-dot-decimal", "numdotdecimal", "numcommadot", "num-dot-decimal-apos" -> {
                return decimal(text.replace(",", "").replace(" ", "").replace("'", ""));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Optional<BigDecimal> decimal(String digits) {
        if (digits.equals("-") || digits.equals("—") || digits.equals("–")) {
            return Optional.of(BigDecimal.ZERO);
        }
        try {
            return Optional.of(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String localName(String format) {
        int colon = format.indexOf(':');
        return (colon < 0 ? format : format.substring(colon + 1)).strip().toLowerCase(Locale.ROOT);
    }
}
