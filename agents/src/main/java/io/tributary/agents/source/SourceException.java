package io.tributary.agents.source;

import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.SourceProblem;

/**
 * A dossier file that cannot be used. Carries the file (relative to the dossier) and the
 * problem, so an agent can report it as a {@link SourceProblem} and go on with its other files.
 */
public class SourceException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    public SourceException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public SourceException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String problem() {
        return problem;
    }

    public SourceProblem toProblem() {
        return new SourceProblem(file, problem);
    }
}
