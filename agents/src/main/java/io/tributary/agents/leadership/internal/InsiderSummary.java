package io.tributary.agents.leadership.internal;

import io.tributary.agents.sec.InsiderTransaction;
import io.tributary.agents.sec.OwnershipFiling;
import io.tributary.agents.sec.ReportingOwner;
import io.tributary.agents.source.Dimensions;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What insiders did with their shares, from their ownership forms. Open-market purchases and
 * sales are told apart from grants and option exercises: only the former are an insider's own
 * bet. Net open-market buying reads as confidence; selling alone is common (planned sales, tax)
 * and stays neutral.
 */
public final class InsiderSummary {

    /** Filings kept as evidence. */
    public static final int MAX_EVIDENCE = 5;

    private InsiderSummary() {
    }

    /** One {@code leadership.insider-transactions} finding over all ownership filings, if any. */
    public static Optional<Finding> of(List<OwnershipFiling> filings) {
        if (filings.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal bought = BigDecimal.ZERO;
        BigDecimal sold = BigDecimal.ZERO;
        int purchases = 0;
        int sales = 0;
        int other = 0;
        Set<String> owners = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (OwnershipFiling filing : filings) {
            filing.owners().forEach(o -> owners.add(o.name() + " (" + o.relationship() + ")"));
            for (InsiderTransaction t : filing.transactions()) {
                if (t.code().equals("P")) {
                    purchases++;
                    bought = bought.add(t.shares());
                } else if (t.code().equals("S")) {
                    sales++;
                    sold = sold.add(t.shares());
                } else {
                    other++;
                }
            }
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(evidence(filing));
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("filings", String.valueOf(filings.size()));
        attributes.put("owners", String.join("; ", owners));
        attributes.put("openMarketPurchases", String.valueOf(purchases));
        attributes.put("sharesBought", bought.toPlainString());
        attributes.put("openMarketSales", String.valueOf(sales));
        attributes.put("sharesSold", sold.toPlainString());
        attributes.put("otherTransactions", String.valueOf(other));
        boolean netBuying = bought.compareTo(sold) > 0;
        String claim = filings.size() + " insider ownership filings by " + owners.size() + " insiders: " + purchases
                + " open-market purchases (" + bought.toPlainString() + " shares), " + sales + " open-market sales ("
                + sold.toPlainString() + " shares), " + other + " grants, exercises or other transactions";
        return Optional.of(new Finding("insider-transactions", Dimensions.LEADERSHIP, "leadership.insider-transactions",
                claim, netBuying ? Polarity.POSITIVE : Polarity.NEUTRAL, Severity.LOW, 0.9, evidence, attributes,
                Set.of()));
    }

    private static Evidence evidence(OwnershipFiling filing) {
        ReportingOwner owner = filing.owners().get(0);
        List<String> moves = filing.transactions().stream().limit(3)
                .map(t -> t.code() + " " + t.shares().toPlainString() + (t.price() == null ? "" : " @ " + t.price().toPlainString()))
                .toList();
        return new Evidence(filing.file(), "Form " + filing.documentType() + " " + filing.periodOfReport() + " "
                + owner.name() + " (" + owner.relationship() + ")", String.join("; ", moves));
    }
}
