package org.waymark.commissioning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.directory.PlacesInUse;
import org.waymark.pupil.PupilsPlacedWith;

/**
 * The seams other modules read placements through without depending on this module: places in use at providers
 * (directory) and the pupils a provider has been offered or has (pupil scoping).
 */
@Component
class PlacementCounts implements PlacesInUse, PupilsPlacedWith {

    private final JdbcClient db;

    PlacementCounts(JdbcClient db) {
        this.db = db;
    }

    /**
     * Proposed placements whose planned dates cover {@code on}, and active ones that have started by then (an
     * active placement past its planned end still holds its place until it is ended).
     */
    @Override
    public Map<UUID, Integer> placesInUse(Collection<UUID> providerIds, LocalDate on) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (providerIds.isEmpty()) {
            return counts;
        }
        db.sql("""
                select provider_id, count(*) from placement where provider_id in (:ids) and start_date <= :on
                and (status = 'ACTIVE' or (status = 'PROPOSED' and (planned_end_date is null or planned_end_date >= :on)))
                group by provider_id""")
                .param("ids", List.copyOf(providerIds)).param("on", on)
                .query((rs, i) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return counts;
    }

    @Override
    public List<UUID> pupilsPlacedWith(UUID providerId) {
        return db.sql("select distinct pupil_id from placement where provider_id = ? "
                + "and status in ('PROPOSED', 'ACTIVE', 'ENDED')").param(providerId).query(UUID.class).list();
    }
}
