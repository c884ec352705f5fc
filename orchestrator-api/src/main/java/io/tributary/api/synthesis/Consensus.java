package io.tributary.api.synthesis;

import java.util.List;
import java.util.Objects;

/**
 * How far independent approaches to one agent role agree on the same input: a check against
 * invented or unstable results.
 *
 * @param agent         the role
 * @param approaches    the approaches compared, sorted
 * @param compared      subjects that two or more approaches answered
 * @param agreed        subjects on which all of them gave the same answer
 * @param disagreements the others
 */
public record Consensus(
        String agent,
        List<String> approaches,
        int compared,
        int agreed,
        List<Disagreement> disagreements) {

    public Consensus {
        Objects.requireNonNull(agent, "agent");
        approaches = List.copyOf(approaches);
        if (agreed < 0 || agreed > compared) {
            throw new IllegalArgumentException(
                    "Consensus of '" + agent + "': agreed (" + agreed + ") must be between 0 and compared ("
                            + compared + ")");
        }
        disagreements = List.copyOf(disagreements);
    }

    /** Agreed over compared; 1 when nothing could be compared. */
    public double agreementRate() {
        return compared == 0 ? 1.0 : (double) agreed / compared;
    }
}
