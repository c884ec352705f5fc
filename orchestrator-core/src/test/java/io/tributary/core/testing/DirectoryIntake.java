package io.tributary.core.testing;

import io.tributary.api.InvalidInputException;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.RunInput;
import io.tributary.api.run.RunIntake;
import io.tributary.api.run.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A test job's intake: the directory in property {@code input}, the subject named by {@code subject}. */
@ApplicationScoped
@Named("test-directory")
public class DirectoryIntake implements RunIntake {

    @Override
    public RunInput open(Map<String, String> properties) {
        String input = properties.getOrDefault("input", "");
        if (input.isBlank() || !Files.isDirectory(Path.of(input))) {
            throw new InvalidInputException("Job parameter 'input' must name a directory, was '" + input + "'");
        }
        String name = properties.getOrDefault("subject", "Acme");
        return new RunInput(Subject.of(name.toLowerCase(java.util.Locale.ROOT), name),
                new AgentInput.Directory(Path.of(input)));
    }
}
