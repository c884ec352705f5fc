package io.tributary.core.policy;

import java.util.Map;

/**
 * The {@link io.tributary.api.policy.PolicyEvaluator} a job names in its {@value #PROPERTY}
 * property: a CDI bean implementing it with that {@code @Named}; without the property, the
 * rule-based {@value RulePolicyEvaluator#NAME}. An unknown name is bad input, reported at intake.
 */
public final class PolicyEvaluators {

    /** The job property naming the evaluator bean. */
    public static final String PROPERTY = "policyEvaluator";

    private PolicyEvaluators() {
    }

    /** The evaluator name a job's properties give, or the default. */
    public static String name(Map<String, String> props) {
        return PolicyParser.value(props, PROPERTY).orElse(RulePolicyEvaluator.NAME);
    }
}
