package io.tributary.agents.financials.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes amounts the way an analyst reads them: {@code -11.82 bn USD}, {@code 509.6 thousand USD}. */
public final class Money {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000L);

    private Money() {
    }

    /** An amount in USD in words. */
    public static String usd(BigDecimal amount) {
        BigDecimal size = amount.abs();
        if (size.compareTo(BILLION) >= 0) {
            return amount.divide(BILLION, 2, RoundingMode.HALF_UP).toPlainString() + " bn USD";
        }
        if (size.compareTo(MILLION) >= 0) {
            return amount.divide(MILLION, 1, RoundingMode.HALF_UP).toPlainString() + " m USD";
        }
        if (size.compareTo(THOUSAND) >= 0) {
            return amount.divide(THOUSAND, 1, RoundingMode.HALF_UP).toPlainString() + " thousand USD";
        }
        return amount.stripTrailingZeros().toPlainString() + " USD";
    }

    /** An amount as a plain number string, for attributes. */
    public static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A ratio as a percentage with one decimal, such as {@code -14.5%}. */
    public static String percent(double ratio) {
        return BigDecimal.valueOf(ratio * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
