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
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The jobs on the class path: every {@code META-INF/batch-jobs/*.xml}, by name. */
public final class JobCatalog {

    static final String FOLDER = "META-INF/batch-jobs/";

    private JobCatalog() {
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
