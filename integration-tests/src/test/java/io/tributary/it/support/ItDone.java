package io.tributary.it.support;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The last step of test jobs that stop after the policy decision. */
@Named("itDone")
@Dependent
public class ItDone extends AbstractBatchlet {
    @Override
    public String process() {
        return "DONE";
    }
}
