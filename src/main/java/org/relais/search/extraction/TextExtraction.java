package org.relais.search.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Extracts the text of uploaded files (kits of the library: PDF, ODF, Office, ZIP of a folder) with
 * Apache Tika, in a separate short-lived JVM per file.
 *
 * <p>Why a child process rather than a thread: a parser fed a hostile file can loop forever, hold
 * its thread in native or uninterruptible code, or allocate until the heap is gone; a thread cannot
 * be stopped safely and an {@code OutOfMemoryError} in the server hurts every request. The child
 * has its own small heap ({@code -Xmx}, exits on out-of-memory), is killed when its time is up, and
 * is the only JVM that ever loads Tika: the server neither loads nor even has Tika on its class
 * path (the jars sit in {@code WEB-INF/extraction}), so start-up and memory are unchanged and
 * Tika's libraries cannot clash with Payara's. Inside the child, Tika's own limits (write limit,
 * compression ratio) and a bounded embedded-document extractor turn bombs into failure values. The
 * price is the child's start-up, about a second, acceptable for an upload that is extracted once;
 * at most {@code relais.extraction.concurrency} children run at a time.
 *
 * <p>Failures are values ({@link ExtractedText#failure()}), never exceptions: an upload is never
 * refused because its text could not be read.
 */
@ApplicationScoped
public class TextExtraction {
    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());
    private static final String CHILD = "org.relais.search.extraction.ExtractionChild";

    @Inject
    @ConfigProperty(name = "relais.extraction.max-bytes", defaultValue = "52428800")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "relais.extraction.max-characters", defaultValue = "1000000")
    int maxCharacters;

    @Inject
    @ConfigProperty(name = "relais.extraction.timeout-seconds", defaultValue = "20")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "relais.extraction.max-depth", defaultValue = "3")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "relais.extraction.max-entries", defaultValue = "1000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "relais.extraction.heap", defaultValue = "256m")
    String heap;

    @Inject
    @ConfigProperty(name = "relais.extraction.concurrency", defaultValue = "2")
    int concurrency;

    private ExtractionLimits limits;
    private Semaphore running;

    /** For CDI. */
    public TextExtraction() {}

    /** For tests, without a container. */
    public TextExtraction(ExtractionLimits limits, int concurrency) {
        this.limits = limits;
        this.running = new Semaphore(concurrency);
    }

    private synchronized ExtractionLimits limits() {
        if (limits == null) {
            limits =
                    new ExtractionLimits(
                            maxBytes,
                            maxCharacters,
                            Duration.ofSeconds(timeoutSeconds),
                            maxDepth,
                            maxEntries,
                            heap);
            running = new Semaphore(Math.max(1, concurrency));
        }
        return limits;
    }

    /** Reads the stream (up to the input limit) and extracts its text. */
    public ExtractedText extract(InputStream content) {
        ExtractionLimits bounds = limits();
        Path input = null;
        try {
            input = Files.createTempFile("relais-extract-", ".bin");
            if (!copyAtMost(content, input, bounds.maxBytes())) {
                return ExtractedText.failed(ExtractionFailure.TOO_LARGE);
            }
            return extractFile(input, bounds);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Extraction impossible", e);
            return ExtractedText.failed(ExtractionFailure.UNAVAILABLE);
        } finally {
            deleteQuietly(input);
        }
    }

    /** Extracts the text of a file already on disk. */
    public ExtractedText extract(Path file) {
        ExtractionLimits bounds = limits();
        try {
            if (Files.size(file) > bounds.maxBytes()) {
                return ExtractedText.failed(ExtractionFailure.TOO_LARGE);
            }
            return extractFile(file, bounds);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Extraction impossible", e);
            return ExtractedText.failed(ExtractionFailure.UNAVAILABLE);
        }
    }

    private ExtractedText extractFile(Path input, ExtractionLimits bounds) throws IOException {
        long deadline = System.nanoTime() + bounds.timeout().toNanos();
        try {
            if (!running.tryAcquire(bounds.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                return ExtractedText.failed(ExtractionFailure.TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExtractedText.failed(ExtractionFailure.TIMEOUT);
        }
        Path output = Files.createTempFile("relais-extract-", ".txt");
        try {
            return runChild(input, output, bounds, deadline);
        } finally {
            running.release();
            deleteQuietly(output);
        }
    }

    private ExtractedText runChild(Path input, Path output, ExtractionLimits bounds, long deadline)
            throws IOException {
        Path errors = Files.createTempFile("relais-extract-", ".log");
        try {
            return runChild(input, output, errors, bounds, deadline);
        } finally {
            deleteQuietly(errors);
        }
    }

    private ExtractedText runChild(
            Path input, Path output, Path errors, ExtractionLimits bounds, long deadline)
            throws IOException {
        Process child =
                new ProcessBuilder(command(input, output, bounds))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(errors.toFile())
                        .start();
        try {
            long left = deadline - System.nanoTime();
            if (!child.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                kill(child);
                return ExtractedText.failed(ExtractionFailure.TIMEOUT);
            }
        } catch (InterruptedException e) {
            kill(child);
            Thread.currentThread().interrupt();
            return ExtractedText.failed(ExtractionFailure.TIMEOUT);
        }
        ExtractedText answer = answer(child.exitValue(), output, bounds);
        if (answer.failure() == ExtractionFailure.UNAVAILABLE) {
            LOG.warning(
                    "Extraction : le processus fils a échoué (code "
                            + child.exitValue()
                            + ") : "
                            + tail(errors));
        }
        return answer;
    }

    private static ExtractedText answer(int exit, Path output, ExtractionLimits bounds)
            throws IOException {
        String written = Files.readString(output, StandardCharsets.UTF_8);
        int newline = written.indexOf('\n');
        if (exit != 0 || newline < 0) {
            // -XX:+ExitOnOutOfMemoryError ends the child with code 3 before it writes anything
            return ExtractedText.failed(
                    exit == 3 ? ExtractionFailure.TOO_COMPLEX : ExtractionFailure.UNAVAILABLE);
        }
        String status = written.substring(0, newline);
        String text = written.substring(newline + 1);
        if (text.length() > bounds.maxCharacters()) {
            text = text.substring(0, bounds.maxCharacters());
        }
        return "OK".equals(status)
                ? ExtractedText.of(text)
                : new ExtractedText(text, ExtractionFailure.valueOf(status));
    }

    /** The end of the child's error output, for the log. */
    private static String tail(Path errors) throws IOException {
        String text = Files.readString(errors, StandardCharsets.UTF_8);
        return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
    }

    private static void kill(Process child) {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
        try {
            child.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> command(Path input, Path output, ExtractionLimits bounds) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + bounds.heap());
        command.add("-Xss1m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(childClassPath());
        command.add(CHILD);
        command.add(input.toString());
        command.add(output.toString());
        command.addAll(bounds.childArguments());
        return command;
    }

    /**
     * In the WAR, the application's classes, the Tika jars of {@code WEB-INF/extraction} and the
     * application's libraries; in tests and tools run from Maven, the class path of this JVM, which
     * holds them all.
     */
    static String childClassPath() throws IOException {
        Path classes = classesRoot();
        if (classes != null) {
            Path jars = classes.resolveSibling("extraction");
            if (Files.isDirectory(jars)) {
                List<String> path = new ArrayList<>();
                path.add(classes.toString());
                path.addAll(extractionJars(jars));
                // the libraries Tika shares with the application (commons-io, commons-codec,
                // slf4j-api) are in WEB-INF/lib, resolved by Maven to one version for both
                path.add(classes.resolveSibling("lib").resolve("*").toString());
                return String.join(File.pathSeparator, path);
            }
        }
        return System.getProperty("java.class.path");
    }

    /**
     * The jars of the extraction folder, named one by one: the build renames them to {@code .lib}
     * (see pom.xml: the server would otherwise parse their classes at each deployment), which the
     * class path's {@code *} would not match.
     */
    static List<String> extractionJars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".lib") || name.endsWith(".jar"))
                    .sorted()
                    .toList();
        }
    }

    /** The folder this class was loaded from ({@code WEB-INF/classes} in the WAR), if a folder. */
    private static Path classesRoot() {
        String name = TextExtraction.class.getName().replace('.', '/') + ".class";
        URL self = TextExtraction.class.getClassLoader().getResource(name);
        if (self == null || !"file".equals(self.getProtocol())) {
            return null;
        }
        try {
            Path file = Path.of(self.toURI());
            Path root = file;
            for (int i = 0; i < name.split("/").length; i++) {
                root = root.getParent();
            }
            return root;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static boolean copyAtMost(InputStream in, Path target, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > max) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Fichier temporaire non supprimé : " + file, e);
        }
    }
}
