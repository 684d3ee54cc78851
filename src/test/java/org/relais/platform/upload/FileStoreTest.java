package org.relais.platform.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {
    private static final byte[] CONTENT =
            HostileFiles.utf8("Fiche : repérer les arnaques par SMS\n");
    private static final String SHA256 = HostileFiles.sha256(CONTENT);

    @TempDir Path root;
    @TempDir Path uploads;

    private FileStore store() {
        return new FileStore(root.resolve("files"));
    }

    private Path upload(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(uploads, "upload-", ".tmp"), content);
    }

    @Test
    void keepsAFileUnderItsSha256InTwoLevelsOfFolders() throws IOException {
        Path upload = upload(CONTENT);

        StoredFile stored = store().store(upload);

        assertEquals(SHA256, stored.sha256());
        assertEquals(CONTENT.length, stored.size());
        Path expected =
                root.resolve("files")
                        .resolve(SHA256.substring(0, 2))
                        .resolve(SHA256.substring(2, 4))
                        .resolve(SHA256);
        assertEquals(expected, stored.path());
        assertArrayEquals(CONTENT, Files.readAllBytes(expected));
        assertTrue(Files.exists(upload), "the caller's temporary file is left to the caller");
    }

    @Test
    void storingTheSameContentTwiceKeepsOneCopyAndNoLeftovers() throws IOException {
        FileStore store = store();
        StoredFile first = store.store(upload(CONTENT));
        StoredFile second = store.store(upload(CONTENT));

        assertEquals(first, second);
        assertEquals(List.of(first.path()), files());
    }

    @Test
    void concurrentStoresOfTheSameContentAllSucceed() throws Exception {
        FileStore store = store();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StoredFile>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path upload = upload(CONTENT);
                results.add(pool.submit(() -> store.store(upload)));
            }
            for (Future<StoredFile> result : results) {
                assertEquals(SHA256, result.get().sha256());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, files().size());
        assertArrayEquals(CONTENT, Files.readAllBytes(files().get(0)));
    }

    @Test
    void opensAStoredFileAndNothingElse() throws IOException {
        FileStore store = store();
        StoredFile stored = store.store(upload(CONTENT));

        assertEquals(Optional.of(stored.path()), store.open(SHA256));
        assertEquals(Optional.empty(), store.open("0".repeat(64)));
        assertEquals(Optional.empty(), store.open(SHA256.toUpperCase()));
        assertEquals(Optional.empty(), store.open("../../../etc/passwd"));
        assertEquals(Optional.empty(), store.open(null));
    }

    /** Every regular file under the store, temporary ones included. */
    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
