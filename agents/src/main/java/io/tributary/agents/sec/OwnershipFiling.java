package io.tributary.agents.sec;

import java.time.LocalDate;
import java.util.List;

/**
 * An SEC ownership form (3: initial holdings, 4: changes, 5: annual statement).
 *
 * @param file           the dossier file, relative to the dossier root
 * @param documentType   {@code 3}, {@code 4} or {@code 5} (with {@code /A} for amendments)
 * @param periodOfReport the date the form reports on
 * @param issuerName     the company the insider holds
 * @param owners         who reported
 * @param transactions   what they reported (empty on most Forms 3, which list holdings only)
 */
public record OwnershipFiling(String file, String documentType, LocalDate periodOfReport, String issuerName,
        List<ReportingOwner> owners, List<InsiderTransaction> transactions) {

    public OwnershipFiling {
        owners = List.copyOf(owners);
        transactions = List.copyOf(transactions);
    }
}
