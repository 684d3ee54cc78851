package org.relais.platform.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relais.platform.config.DataDirectory;

/**
 * Keeps uploaded files under their SHA-256, outside the web root: {@code
 * ${relais.data-dir}/files/ab/cd/abcd…} (two levels of 256 folders keep directories small).
 *
 * <p>A file is copied to a temporary file in the store's own folder (same file system) while its
 * digest is computed, forced to disk, then renamed into place atomically, and the folder is forced
 * too: a crash leaves either no file or the whole file, never a partial one under a valid name.
 * Storing the same content twice is harmless and keeps one copy; since the name is the content's
 * digest, a file once stored never changes.
 */
@ApplicationScoped
public class FileStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMPORARY_PREFIX = ".incoming-";

    @Inject DataDirectory dataDirectory;

    private Path root;

    /** For CDI. */
    public FileStore() {}

    /** For tests and tools: a store in the given folder. */
    public FileStore(Path root) {
        this.root = root;
    }

    private synchronized Path root() {
        if (root == null) {
            root = dataDirectory.resolve("files");
        }
        return root;
    }

    /** Copies the file into the store (the temporary file stays the caller's to delete). */
    public StoredFile store(Path temporaryFile) {
        try (InputStream in = Files.newInputStream(temporaryFile)) {
            return store(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de lire " + temporaryFile, e);
        }
    }

    /** Stores the content of a stream (read to its end, not closed). */
    public StoredFile store(InputStream content) {
        Path base = root();
        Path incoming = null;
        try {
            Files.createDirectories(base);
            incoming = Files.createTempFile(base, TEMPORARY_PREFIX, ".tmp");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE);
                    OutputStream out =
                            new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
                size = content.transferTo(out);
                out.flush();
                channel.force(true);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = location(base, sha256);
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                return new StoredFile(sha256, size, target);
            }
            Files.createDirectories(target.getParent());
            move(incoming, target);
            incoming = null;
            forceDirectory(target.getParent());
            return new StoredFile(sha256, size, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible d'enregistrer le fichier", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    /** The stored file with this SHA-256, if there is one; any other string finds nothing. */
    public Optional<Path> open(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path file = location(root(), sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Deletes the stored file with this SHA-256, if there is one. The caller must know that nothing
     * names it any more: the same content may have been stored for several uploads.
     *
     * @return whether a file was deleted
     */
    public boolean delete(String sha256) {
        Optional<Path> file = open(sha256);
        if (file.isEmpty()) {
            return false;
        }
        try {
            return Files.deleteIfExists(file.get());
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de supprimer le fichier " + sha256, e);
        }
    }

    private static Path location(Path base, String sha256) {
        return base.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the new directory entry durable (POSIX; not possible on every system). */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the rename itself is still atomic
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover .incoming- file holds no valid name and harms nothing
            }
        }
    }
}
