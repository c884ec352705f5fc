package io.tributary.core.testing;

import io.tributary.api.run.RunSnapshot;
import io.tributary.api.synthesis.Conclusion;
import io.tributary.api.synthesis.Synthesis;
import io.tributary.api.synthesis.Synthesizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** A test job's synthesizer: READY when the run has its declared groups, else INCOMPLETE. */
@ApplicationScoped
@Named("test-verdict")
public class VerdictSynthesizer implements Synthesizer {

    @Override
    public Synthesis synthesise(RunSnapshot run) {
        String verdict = run.groups().isEmpty() ? "INCOMPLETE" : "READY";
        return new Conclusion(verdict, 1.0, run.subject().name() + ": " + run.groups().size() + " group(s)",
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
