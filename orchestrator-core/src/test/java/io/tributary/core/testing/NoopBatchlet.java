package io.tributary.core.testing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Ends a test job. */
@Named("noopBatchlet")
@Dependent
public class NoopBatchlet extends AbstractBatchlet {
    @Override
    public String process() {
        return "DONE";
    }
}
