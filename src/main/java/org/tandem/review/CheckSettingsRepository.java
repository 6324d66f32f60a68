package org.tandem.review;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.qa.Severity;

/** Reviewers' decisions on findings and editors' settings of checks, per language pair. */
@Repository
class CheckSettingsRepository {

    /** Decisions on one check key in one pair. */
    record Tally(String pair, String checkKey, int applied, int dismissed) {
    }

    record Stored(String pair, String checkKey, boolean enabled, Severity severity) {
    }

    private final JdbcClient jdbc;

    CheckSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertDecision(String pair, String checkKey, boolean applied, String who) {
        jdbc.sql("insert into check_decision (pair, check_key, applied, who, decided_at) "
                        + "values (:pair, :key, :applied, :who, :now)")
                .param("pair", pair).param("key", checkKey).param("applied", applied).param("who", who)
                .param("now", Timestamp.from(Instant.now())).update();
    }

    List<Tally> tallies() {
        return jdbc.sql("""
                        select pair, check_key, sum(case when applied then 1 else 0 end) as applied,
                               sum(case when applied then 0 else 1 end) as dismissed
                        from check_decision group by pair, check_key order by pair, check_key""")
                .query((rs, i) -> new Tally(rs.getString("pair"), rs.getString("check_key"), rs.getInt("applied"),
                        rs.getInt("dismissed"))).list();
    }

    List<Stored> settings() {
        return jdbc.sql("select pair, check_key, enabled, severity from check_setting order by pair, check_key")
                .query((rs, i) -> new Stored(rs.getString("pair"), rs.getString("check_key"),
                        rs.getBoolean("enabled"), rs.getString("severity") == null ? null
                        : Severity.valueOf(rs.getString("severity")))).list();
    }

    void saveSetting(String pair, String checkKey, boolean enabled, Severity severity, String who) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("update check_setting set enabled = :enabled, severity = :severity, updated_by = :who, "
                        + "updated_at = :now where pair = :pair and check_key = :key")
                .param("enabled", enabled)
                .param("severity", severity == null ? null : severity.name(), Types.VARCHAR)
                .param("who", who).param("now", now).param("pair", pair).param("key", checkKey).update();
        if (updated == 0) {
            jdbc.sql("insert into check_setting (pair, check_key, enabled, severity, updated_by, updated_at) "
                            + "values (:pair, :key, :enabled, :severity, :who, :now)")
                    .param("enabled", enabled)
                .param("severity", severity == null ? null : severity.name(), Types.VARCHAR)
                    .param("who", who).param("now", now).param("pair", pair).param("key", checkKey).update();
        }
    }

    void deleteSetting(String pair, String checkKey) {
        jdbc.sql("delete from check_setting where pair = :pair and check_key = :key").param("pair", pair)
                .param("key", checkKey).update();
    }
}
