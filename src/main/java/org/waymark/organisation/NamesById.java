package org.waymark.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the names of many rows of a table with an {@code id} and a {@code name} at once, by id. */
final class NamesById {

    // one query per thousand ids rather than one per id (a list of an LA's placements names hundreds)
    private static final int CHUNK = 1000;

    private NamesById() {
    }

    static Map<UUID, String> read(JdbcClient db, String table, Collection<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        List<UUID> all = ids.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < all.size(); from += CHUNK) {
            db.sql("select id, name from " + table + " where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, i) -> out.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        return out;
    }
}
