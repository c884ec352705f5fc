package io.tributary.core.bootstrap;

import io.tributary.core.agent.AgentCalls;
import io.tributary.core.config.Settings;
import io.tributary.core.store.ResultStore;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import io.tributary.core.tracing.Tracing;
import java.time.Clock;

/**
 * Offers the runtime's already-built services to the CDI container as beans, so that batch
 * artifacts inject them like any other dependency and tests can build them differently.
 */
public final class RuntimeBeans implements Extension {

    private final Settings settings;
    private final ResultStore store;
    private final AgentCalls calls;
    private final Clock clock;
    private final Tracing tracing;

    public RuntimeBeans(Settings settings, ResultStore store, AgentCalls calls, Clock clock, Tracing tracing) {
        this.tracing = tracing;
        this.settings = settings;
        this.store = store;
        this.calls = calls;
        this.clock = clock;
    }

    void register(@Observes AfterBeanDiscovery abd) {
        abd.addBean().types(Settings.class, Object.class).scope(Dependent.class).createWith(c -> settings);
        abd.addBean().types(ResultStore.class, Object.class).scope(Dependent.class).createWith(c -> store);
        abd.addBean().types(AgentCalls.class, Object.class).scope(Dependent.class).createWith(c -> calls);
        abd.addBean().types(Clock.class, Object.class).scope(Dependent.class).createWith(c -> clock);
        abd.addBean().types(Tracing.class, Object.class).scope(Dependent.class).createWith(c -> tracing);
    }
}
