package io.printrelay.order;

import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Folders, kept in memory, on the embedded database; {@link PostgresFolderStoreTest} runs it on PostgreSQL. */
@PrintRelayTest
class FolderStoreTest {

    @Autowired
    FolderStore folders;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void foldersNamedInSettingsAreCreatedOnce() {
        String name = "Ready " + UUID.randomUUID();
        Folder created = folders.ensureFolder(name);
        assertThat(folders.ensureFolder(name.toUpperCase()).id()).isEqualTo(created.id());
        assertThat(folders.ensureFolder("  " + name + " ")).isEqualTo(created);
        assertThat(folders.all()).extracting(Folder::name).contains("New", "Prepared", "Submitted", "Shipped",
                "Closed", "Canceled", "Errors", name);
    }

    @Test
    void aFolderAnotherNodeCreatedIsFoundByNameAndIdAfterAMiss() {
        String name = "Made elsewhere " + UUID.randomUUID();
        assertThat(folders.byName(Folder.NEW)).isPresent();
        assertThat(folders.byName(name)).isEmpty();

        insertedByAnotherNode(name);
        Folder found = folders.byName(name.toLowerCase()).orElseThrow();

        assertThat(found.name()).isEqualTo(name);
        assertThat(folders.ensureFolder(name)).isEqualTo(found);
        String second = "Also elsewhere " + UUID.randomUUID();
        long secondId = insertedByAnotherNode(second);
        assertThat(folders.byId(secondId)).contains(new Folder(secondId, second));
        assertThat(folders.byId(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theListShowsFoldersAnotherNodeCreatedWithoutAMissFirst() {
        String name = "Listed " + UUID.randomUUID();
        folders.byName(Folder.NEW);

        insertedByAnotherNode(name);

        assertThat(folders.all()).extracting(Folder::name).contains(name);
    }

    @Test
    void knownFoldersAreLookedUpWithoutReadingTheTable() {
        CountingJdbc counting = new CountingJdbc(jdbc);
        FolderStore cached = new FolderStore(counting);

        for (int i = 0; i < 10; i++) {
            assertThat(cached.byName(Folder.NEW).orElseThrow().id()).isEqualTo(1);
            assertThat(cached.byName("errors")).isPresent();
            assertThat(cached.byId(2)).map(Folder::name).contains(Folder.PREPARED);
        }

        assertThat(counting.reads.get()).isEqualTo(1);
    }

    private long insertedByAnotherNode(String name) {
        jdbc.update("INSERT INTO folders (name) VALUES (:name)", Map.of("name", name));
        return jdbc.queryForObject("SELECT id FROM folders WHERE name = :name", Map.of("name", name), Long.class);
    }

    /** Counts the reads a folder store makes, to show that known folders come from memory. */
    static final class CountingJdbc extends NamedParameterJdbcTemplate {

        final AtomicInteger reads = new AtomicInteger();

        CountingJdbc(NamedParameterJdbcTemplate real) {
            super(real.getJdbcTemplate());
        }

        @Override
        public <T> List<T> query(String sql, Map<String, ?> paramMap, RowMapper<T> rowMapper) {
            reads.incrementAndGet();
            return super.query(sql, paramMap, rowMapper);
        }
    }
}
