package io.printrelay.order;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The only code that writes folders. Folders are looked up on every move and every intake, and they are only ever
 * added (never renamed or removed), so they are kept in memory: a name or id that is not known yet is read again
 * from the table before it is called missing, because another node may have created it meanwhile.
 */
@Component
public class FolderStore {

    private final NamedParameterJdbcTemplate jdbc;
    private volatile Known known = Known.EMPTY;

    public FolderStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every folder in id order, read from the table: the one list a user sees must include other nodes' folders. */
    public List<Folder> all() {
        return reload().folders();
    }

    public Optional<Folder> byId(long folderId) {
        Folder cached = known.byId().get(folderId);
        return cached != null ? Optional.of(cached) : Optional.ofNullable(reload().byId().get(folderId));
    }

    /** The folder of that name, case and surrounding spaces ignored. */
    public Optional<Folder> byName(String name) {
        String wanted = name.trim();
        Folder cached = known.byName().get(wanted);
        return cached != null ? Optional.of(cached) : Optional.ofNullable(reload().byName().get(wanted));
    }

    /** The folder of that name, created when a setting names a folder the store does not have yet. */
    public Folder ensureFolder(String name) {
        return byName(name).orElseGet(() -> {
            try {
                jdbc.update("INSERT INTO folders (name) VALUES (:name)", Map.of("name", name.trim()));
            } catch (DuplicateKeyException raced) {
                // created by another node meanwhile: reading it back below is all we need
            }
            return Optional.ofNullable(reload().byName().get(name.trim())).orElseThrow();
        });
    }

    private Known reload() {
        List<Folder> folders = jdbc.query("SELECT id, name FROM folders ORDER BY id", Map.of(),
                (rs, n) -> new Folder(rs.getLong("id"), rs.getString("name")));
        Known read = Known.of(folders);
        known = read;
        return read;
    }

    /** One consistent snapshot of the table, replaced whole, so a reader never sees half a refresh. */
    private record Known(List<Folder> folders, Map<Long, Folder> byId, Map<String, Folder> byName) {

        static final Known EMPTY = of(List.of());

        static Known of(List<Folder> folders) {
            Map<Long, Folder> byId = folders.stream().collect(Collectors.toUnmodifiableMap(Folder::id,
                    Function.identity()));
            // equalsIgnoreCase's order; of two names differing only in case the older folder wins, as before
            TreeMap<String, Folder> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            folders.forEach(folder -> byName.putIfAbsent(folder.name(), folder));
            return new Known(List.copyOf(folders), byId, Collections.unmodifiableNavigableMap(byName));
        }
    }
}
