package io.tributary.agents.press;

import io.tributary.agents.press.internal.HeadlineFindings;
import io.tributary.agents.press.internal.PressCsv;
import io.tributary.agents.press.internal.PressFile;
import io.tributary.agents.press.internal.PressItem;
import io.tributary.agents.press.internal.SentimentBalance;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import io.tributary.agents.source.StepProperties;
import io.tributary.agents.source.Target;
import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The press agent around one {@link HeadlineClassifier}. It splits the dossier's press CSV files
 * into batches of rows (step property {@value #BATCH_SIZE}, default {@value #DEFAULT_BATCH_SIZE}),
 * gives every headline a {@code press.headline-sentiment} finding (plus {@code press.company-release}
 * for the company's own releases) and concludes one {@code press.sentiment-balance}. The beans
 * {@link TrainedPressAgent} ({@code press}) and {@link LexiconPressAgent} ({@code press-lexicon})
 * are this agent with two independent classifiers, so their findings match key for key.
 * Thread-safe when its classifier is.
 */
public class PressAgent implements Agent {

    /** Step property: data rows per work item. */
    public static final String BATCH_SIZE = "batchSize";
    /** Rows per work item when {@value #BATCH_SIZE} is not set. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final String approach;
    private final HeadlineClassifier classifier;
    private final long maxFileBytes;

    public PressAgent(String approach, HeadlineClassifier classifier) {
        this(approach, classifier, Dossier.DEFAULT_MAX_FILE_BYTES);
    }

    /** An agent that refuses press files larger than {@code maxFileBytes}. */
    public PressAgent(String approach, HeadlineClassifier classifier, long maxFileBytes) {
        if (approach == null || approach.isBlank()) {
            throw new IllegalArgumentException("approach must not be blank");
        }
        this.approach = approach;
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.maxFileBytes = maxFileBytes;
    }

    /** The approach name this agent writes into its findings. */
    public String approach() {
        return approach;
    }

    /**
     * One item per batch of rows of each press file, in file and row order. A file that cannot be
     * read becomes one whole-file item, whose analysis reports the problem.
     */
    @Override
    public List<String> items(AgentTask task) {
        int batchSize = batchSize(task);
        PressCsv csv = csv(task);
        List<String> items = new ArrayList<>();
        for (Path file : csv.files()) {
            try {
                PressFile read = csv.read(file);
                PressItem.batches(read.file(), read.rowCount(), batchSize).forEach(item -> items.add(item.key()));
            } catch (SourceException unreadable) {
                items.add(PressItem.wholeFile(csv.name(file)).key());
            }
        }
        return items.isEmpty() ? List.of(AgentTask.WHOLE) : List.copyOf(items);
    }

    @Override
    public AgentResult analyse(AgentTask task) {
        long started = System.nanoTime();
        PressCsv csv = csv(task);
        List<Selection> selections;
        if (task.isWhole()) {
            List<Path> files = csv.files();
            if (files.isEmpty()) {
                return AgentResult.noEvidence(elapsed(started), List.of(noPressFiles(csv)));
            }
            selections = files.stream().map(f -> new Selection(f, PressItem.wholeFile(csv.name(f)))).toList();
        } else {
            selections = List.of(select(task.item(), csv));
        }
        HeadlineFindings headlineFindings = new HeadlineFindings(approach, classifier, Target.of(task.subject()));
        List<Finding> findings = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        int used = 0;
        for (Selection selection : selections) {
            try {
                PressFile read = csv.read(selection.file());
                PressItem item = selection.item();
                read.problem(item.firstRow(), item.lastRow()).ifPresent(problems::add);
                var rows = read.rows(item.firstRow(), item.lastRow());
                rows.forEach(headline -> findings.addAll(headlineFindings.of(headline)));
                used += rows.isEmpty() ? 0 : 1;
            } catch (SourceException e) {
                problems.add(e.toProblem());
            }
        }
        return new AgentResult(findings, elapsed(started), used, problems);
    }

    /** The balance of all headline findings; no evidence when no headline was classified. */
    @Override
    public AgentResult conclude(AgentTask task, List<Finding> itemFindings) {
        long started = System.nanoTime();
        return SentimentBalance.conclude(approach, itemFindings)
                .map(balance -> AgentResult.of(List.of(balance), elapsed(started), filesBehind(itemFindings)))
                .orElseGet(() -> AgentResult.noEvidence(elapsed(started),
                        List.of(new SourceProblem(PressCsv.FOLDER, "no headline was classified"))));
    }

    private PressCsv csv(AgentTask task) {
        return new PressCsv(new Dossier(task.root(), maxFileBytes));
    }

    private static int batchSize(AgentTask task) {
        return StepProperties.positive(task, BATCH_SIZE, DEFAULT_BATCH_SIZE, "rows");
    }

    /** The file of one work item, found without listing the folder (an item per file would make that quadratic). */
    private static Selection select(String key, PressCsv csv) {
        PressItem item = PressItem.parse(key).orElseThrow(() -> new InvalidInputException("Press work item '" + key
                + "' has not the form press/<file>.csv#rows=<first>-<last>"));
        return new Selection(csv.file(item.file()).orElseThrow(() -> new InvalidInputException("Press work item '"
                + key + "' names " + item.file() + ", which is not a CSV file in the dossier's press folder")), item);
    }

    private static SourceProblem noPressFiles(PressCsv csv) {
        return csv.hasFolder()
                ? new SourceProblem(PressCsv.FOLDER, "the press folder has no .csv file with headlines")
                : new SourceProblem(PressCsv.FOLDER, "the dossier has no press folder");
    }

    private static int filesBehind(List<Finding> findings) {
        return (int) Math.max(1, findings.stream().flatMap(f -> f.evidence().stream())
                .map(Evidence::file).distinct().count());
    }

    private static Usage elapsed(long startedNanos) {
        return Usage.local(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    private record Selection(Path file, PressItem item) {
    }
}
