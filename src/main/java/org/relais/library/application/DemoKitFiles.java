package org.relais.library.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The real files of the demo kits, shipped under {@code demo/kits/<kit>/} with the manifest {@code
 * demo/kits/files.properties} (kit → its files, in order). The demo loader deposits them through
 * the same {@link KitService#deposit} as any member, so they are inspected, stored and their text
 * extracted like real uploads.
 */
public final class DemoKitFiles {
    private static final String ROOT = "demo/kits/";

    private DemoKitFiles() {}

    /** The demo kits' folder names ({@code creer-sa-boite-mail}, {@code arnaques-sms}…). */
    public static List<String> kits() {
        return manifest().stringPropertyNames().stream().sorted().toList();
    }

    /** The file names of one demo kit, in order; empty for an unknown kit. */
    public static List<String> files(String kit) {
        String files = manifest().getProperty(kit, "");
        return files.isBlank() ? List.of() : Arrays.asList(files.split(","));
    }

    /**
     * Copies the kit's files to temporary files, ready to deposit; closing the batch deletes them.
     */
    public static Batch open(String kit) {
        Batch batch = new Batch(new ArrayList<>());
        try {
            for (String name : files(kit)) {
                Path copy = Files.createTempFile("relais-demo-", "-" + name);
                batch.uploads.add(new Upload(name, copy));
                try (InputStream in = resource(ROOT + kit + "/" + name)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return batch;
        } catch (IOException e) {
            batch.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            batch.close();
            throw e;
        }
    }

    /** The temporary copies of a kit's files. */
    public record Batch(List<Upload> uploads) implements AutoCloseable {
        @Override
        public void close() {
            for (Upload upload : uploads) {
                try {
                    Files.deleteIfExists(upload.temporaryFile());
                } catch (IOException e) {
                    // a temporary file left behind; the system cleans its temporary folder
                }
            }
        }
    }

    private static Properties manifest() {
        Properties manifest = new Properties();
        try (InputStream in = resource(ROOT + "files.properties")) {
            manifest.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifest;
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = DemoKitFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("Fichier de démonstration absent : " + path);
        }
        return in;
    }
}
