package org.relais.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.search.infrastructure.SearchIndex;

/**
 * A former name's documents are sent back through the outbox; an unreadable index blocks nothing.
 */
class AuthorRenamesTest {
    /** The outbox rows written, as "type id". */
    final List<String> rows = new ArrayList<>();

    AuthorRenames renames(SearchIndex index) {
        AuthorRenames renames = new AuthorRenames();
        renames.index = index;
        renames.outbox =
                new SearchOutbox() {
                    @Override
                    public void changed(String entityType, Object entityId) {
                        rows.add(entityType + " " + entityId);
                    }
                };
        return renames;
    }

    @Test
    void eachDocumentSignedWithTheFormerNameIsChangedInTheOutbox() {
        SearchIndex index =
                new SearchIndex() {
                    @Override
                    public List<String> keysByAuthor(String author) {
                        return author.equals("Maëlys Quéméner")
                                ? List.of("qa.question:14", "forum.topic:3")
                                : List.of();
                    }
                };

        renames(index).onRename(new SearchOutbox.AuthorRenamed("Maëlys Quéméner"));

        assertEquals(List.of("qa.question 14", "forum.topic 3"), rows);
    }

    @Test
    void anUnreadableIndexLeavesTheRenameToGoOn() {
        SearchIndex index =
                new SearchIndex() {
                    @Override
                    public List<String> keysByAuthor(String author) {
                        throw new UncheckedIOException(new NoSuchFileException("index"));
                    }
                };

        renames(index).onRename(new SearchOutbox.AuthorRenamed("Maëlys Quéméner"));

        assertEquals(List.of(), rows);
    }
}
