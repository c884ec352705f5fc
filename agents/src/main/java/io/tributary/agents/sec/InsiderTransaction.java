package io.tributary.agents.sec;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One transaction reported on an ownership form.
 *
 * @param security         the security title, such as {@code Class A Common Stock}
 * @param date             the transaction date
 * @param code             the SEC transaction code: {@code P} open-market purchase, {@code S}
 *                         open-market sale, {@code M} option exercise, {@code A} grant, ...
 * @param shares           the number of shares (or units)
 * @param price            the price per share, or null when none was given
 * @param acquired         true when acquired ({@code A}), false when disposed of ({@code D})
 * @param derivative       true for the derivative table (options, units)
 */
public record InsiderTransaction(String security, LocalDate date, String code, BigDecimal shares, BigDecimal price,
        boolean acquired, boolean derivative) {

    /** True for an open-market purchase or sale, the transactions that signal an insider's view. */
    public boolean isOpenMarket() {
        return code.equals("P") || code.equals("S");
    }
}
