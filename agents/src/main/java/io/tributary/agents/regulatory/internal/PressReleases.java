package io.tributary.agents.regulatory.internal;

import io.tributary.agents.sec.FullSubmission;
import io.tributary.agents.sec.SubmissionDocument;
import io.tributary.agents.source.Dimensions;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A press release the company filed as an exhibit: its own framing of the news, which synthesis
 * can set against the independent press and against the filing it accompanies (a "Revenue
 * Surges" headline beside a non-reliance notice is worth a reader's attention).
 */
final class PressReleases {

    private PressReleases() {
    }

    static Finding of(FullSubmission submission, SubmissionDocument exhibit) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("headline", exhibit.headline());
        attributes.put("exhibit", exhibit.type());
        attributes.put("document", exhibit.filename());
        attributes.put("accession", submission.accessionNumber());
        if (submission.filed() != null) {
            attributes.put("filingDate", submission.filed().toString());
            attributes.put("period", submission.filed().toString());
        }
        String claim = "Company press release filed as " + exhibit.type() + " with " + submission.formType() + " "
                + submission.accessionNumber() + (submission.filed() == null ? "" : " on " + submission.filed())
                + ": \"" + exhibit.headline() + "\"";
        Evidence evidence = new Evidence(submission.file(),
                submission.accessionNumber() + " " + exhibit.type() + " " + exhibit.filename(), exhibit.headline());
        return new Finding("press-release:" + submission.accessionNumber() + ":" + exhibit.filename(),
                Dimensions.REGULATORY_LEGAL, "regulatory.company-press-release", claim, Polarity.NEUTRAL, Severity.LOW,
                0.9, List.of(evidence), attributes, Set.of());
    }
}
