package io.tributary.jobs.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.ArrayList;
import java.util.List;
import io.tributary.api.InvalidInputException;
import org.jberet.creation.ArchiveXmlLoader;
import org.jberet.job.model.Job;
import org.jberet.job.model.Properties;
import org.jberet.tools.MetaInfBatchJobsJobXmlResolver;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The jobs on the class path: every {@code META-INF/batch-jobs/*.xml}, by name, with what a job
 * says of itself in two job-level properties: {@value #DESCRIPTION} (one line) and
 * {@value #EXAMPLE} (the {@code name=value} arguments of a run on its bundled sample, separated by
 * single spaces, paths relative to the repository root). A job without them is still listed.
 */
public final class JobCatalog {

    static final String FOLDER = "META-INF/batch-jobs/";
    public static final String DESCRIPTION = "tributary.description";
    public static final String EXAMPLE = "tributary.example";

    /**
     * One job as {@code jobs} lists it.
     *
     * @param example the argument list of a {@code run} on the job's bundled sample, starting with its name
     */
    public record JobInfo(String name, String description, List<String> example) {
    }

    private JobCatalog() {
    }

    /** Every job with its description and example, by name. */
    public static List<JobInfo> jobs(ClassLoader loader) {
        return jobNames(loader).stream().map(name -> describe(name, loader)).toList();
    }

    /** Refuses, before anything starts, a job the class path does not hold, listing those it does. */
    static void require(String job, ClassLoader loader) {
        TreeSet<String> known = jobNames(loader);
        if (!known.contains(job)) {
            throw new InvalidInputException("No job named '" + job + "'; known jobs: " + String.join(", ", known));
        }
    }

    private static JobInfo describe(String name, ClassLoader loader) {
        Job job = ArchiveXmlLoader.loadJobXml(name, loader, new ArrayList<>(), new MetaInfBatchJobsJobXmlResolver());
        Properties properties = job.getProperties();
        String description = properties == null ? null : properties.get(DESCRIPTION);
        String example = properties == null ? null : properties.get(EXAMPLE);
        List<String> arguments = new ArrayList<>(List.of(name));
        if (example != null && !example.isBlank()) {
            arguments.addAll(List.of(example.trim().split(" +")));
        }
        return new JobInfo(name, description == null ? "" : description.trim(), List.copyOf(arguments));
    }

    public static TreeSet<String> jobNames(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(FOLDER);
            for (URL url : Collections.list(roots)) {
                if ("file".equals(url.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml"))
                                .forEach(n -> names.add(n.substring(0, n.length() - 4)));
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(e -> e.getName())
                                .filter(n -> n.startsWith(FOLDER) && n.endsWith(".xml") && n.indexOf('/', FOLDER.length()) < 0)
                                .forEach(n -> names.add(n.substring(FOLDER.length(), n.length() - 4)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the jobs on the class path", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
