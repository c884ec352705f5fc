package io.tributary.core.batch;

import io.tributary.core.config.Settings;
import jakarta.batch.api.chunk.AbstractCheckpointAlgorithm;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * The checkpoint algorithm of agent steps ({@code checkpoint-policy="custom"}, {@code
 * <checkpoint-algorithm ref="agentCheckpoint"/>}): ends the chunk once it holds the step's
 * {@link CheckpointWindow} of items or once the window's time has passed since the chunk began,
 * whichever comes first. The batch runtime asks after every item, so an item slower than the
 * window is committed alone as soon as it is done, and fast items are committed together. An item
 * that spent tokens under a run budget is committed at once too, so that the budget check before
 * the next item sees it. A stop request and the end of the items commit the chunk in any case
 * (the runtime does not ask the algorithm then).
 *
 * <p>Crash semantics: the items of the chunk in hand, finished but not committed, are lost with a
 * crash of the process; a restart analyses them again, because the agent's reader resumes from the
 * items the store holds as settled, not from the checkpoint. So a crash loses at most one window
 * of finished work, and no item is settled twice.
 */
@Named("agentCheckpoint")
@Dependent
public class AgentCheckpoint extends AbstractCheckpointAlgorithm {

    /** The step property that sets a chunk's transaction timeout in a server, and its default (seconds). */
    static final String TRANSACTION_TIMEOUT = "jakarta.transaction.global.timeout";
    static final int DEFAULT_TRANSACTION_TIMEOUT = 180;

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    private ChunkWindow chunk;

    /**
     * The timeout of each chunk's transaction in a server: the step's {@value #TRANSACTION_TIMEOUT},
     * as with JBeret's own checkpoint policy (a custom algorithm's 0 would mean the transaction
     * manager's default instead). A chunk lasts at most the window's time plus its last item's call.
     */
    @Override
    public int checkpointTimeout() {
        String value = stepContext.getProperties().getProperty(TRANSACTION_TIMEOUT);
        return value == null || value.isBlank() ? DEFAULT_TRANSACTION_TIMEOUT : Integer.parseInt(value.strip());
    }

    @Override
    public void beginCheckpoint() {
        if (chunk == null) {
            chunk = new ChunkWindow(CheckpointWindow.of(JobSettings.of(jobContext, stepContext), settings,
                    stepContext.getStepName()));
        }
        chunk.begin(clock.instant());
    }

    @Override
    public boolean isReadyToCheckpoint() {
        boolean alone = stepContext.getTransientUserData() instanceof AgentSteps steps
                && steps.slice().takeCommitAlone();
        return chunk.itemDone(clock.instant(), alone);
    }
}
