package org.tandem.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check results kept per segment (derived data, reused while the text is the same) and reviewers' dismissals. */
@Repository
class IssueRepository {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    IssueRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A dismissal as stored: which issue, on which text. */
    record Dismissal(long segmentId, String checkId, int start, int end, String targetText, String reason, String who,
                     java.time.Instant at) {
    }

    void insertDismissal(long segmentId, String checkId, int start, int end, String targetText, String reason,
                         String who) {
        jdbc.sql("""
                        insert into dismissed_issue (segment_id, check_id, span_start, span_end, target_text, reason,
                                                     dismissed_by, dismissed_at)
                        values (:segment, :check, :start, :end, :text, :reason, :who, :now)""")
                .param("segment", segmentId).param("check", checkId).param("start", start).param("end", end)
                .param("text", targetText).param("reason", reason).param("who", who)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    List<Dismissal> dismissals(long documentId) {
        return jdbc.sql("""
                        select d.segment_id, d.check_id, d.span_start, d.span_end, d.target_text, d.reason,
                               d.dismissed_by, d.dismissed_at
                        from dismissed_issue d join segment s on s.id = d.segment_id
                        where s.document_id = :doc""")
                .param("doc", documentId)
                .query((rs, n) -> new Dismissal(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Stored check results of a segment: the text fingerprint they were computed for, and the issues as JSON. */
    record StoredIssues(long segmentId, String textKey, String json) {
    }

    Map<Long, StoredIssues> storedIssues(long documentId) {
        Map<Long, StoredIssues> stored = new HashMap<>();
        jdbc.sql("""
                        select i.segment_id, i.text_key, i.issues from segment_issues i
                        join segment s on s.id = i.segment_id where s.document_id = :doc""")
                .param("doc", documentId)
                .query((rs, n) -> new StoredIssues(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(row -> stored.put(row.segmentId(), row));
        return stored;
    }

    void storeIssues(List<StoredIssues> rows, int ruleset) {
        if (rows.isEmpty()) {
            return;
        }
        // Standard SQL's merge, which H2 and PostgreSQL both run; two checks of one new segment at once may both
        // insert on PostgreSQL, and the loser simply merges again (the results are the same).
        String merge = """
                merge into segment_issues t
                using (values (cast(? as bigint), ?, cast(? as int), ?)) s (segment_id, text_key, ruleset, issues)
                on t.segment_id = s.segment_id
                when matched then update set text_key = s.text_key, ruleset = s.ruleset, issues = s.issues
                when not matched then insert (segment_id, text_key, ruleset, issues)
                    values (s.segment_id, s.text_key, s.ruleset, s.issues)""";
        for (int attempt = 1; ; attempt++) {
            try {
                template.batchUpdate(merge, rows, BATCH, (ps, row) -> {
                    ps.setLong(1, row.segmentId());
                    ps.setString(2, row.textKey());
                    ps.setInt(3, ruleset);
                    ps.setString(4, row.json());
                });
                return;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** A check key dismissed for a whole document, or for one exact text in a language pair. */
    record ScopedDismissal(String checkKey, String covered, String reason, String who, java.time.Instant at) {
    }

    void insertRuleDismissal(long documentId, String checkKey, String reason, String who) {
        jdbc.sql("delete from dismissed_rule where document_id = :doc and check_key = :key")
                .param("doc", documentId).param("key", checkKey).update();
        jdbc.sql("""
                        insert into dismissed_rule (document_id, check_key, reason, dismissed_by, dismissed_at)
                        values (:doc, :key, :reason, :who, :now)""")
                .param("doc", documentId).param("key", checkKey).param("reason", reason, java.sql.Types.VARCHAR)
                .param("who", who).param("now", Timestamp.from(Instant.now())).update();
    }

    void insertTextDismissal(String pair, String checkKey, String covered, String reason, String who) {
        jdbc.sql("""
                        insert into dismissed_text (pair, check_key, covered, reason, dismissed_by, dismissed_at)
                        values (:pair, :key, :covered, :reason, :who, :now)""")
                .param("pair", pair).param("key", checkKey).param("covered", covered)
                .param("reason", reason, java.sql.Types.VARCHAR).param("who", who)
                .param("now", Timestamp.from(Instant.now())).update();
    }

    /** The scoped dismissals that apply to a document: its own rules (covered null) and its pair's texts. */
    java.util.List<ScopedDismissal> scopedDismissals(long documentId, String pair) {
        java.util.List<ScopedDismissal> all = new java.util.ArrayList<>(jdbc.sql(
                        "select check_key, reason, dismissed_by, dismissed_at from dismissed_rule where document_id = :doc")
                .param("doc", documentId).query((rs, i) -> new ScopedDismissal(rs.getString("check_key"), null,
                        rs.getString("reason"), rs.getString("dismissed_by"), rs.getTimestamp("dismissed_at")
                        .toInstant())).list());
        all.addAll(jdbc.sql("select check_key, covered, reason, dismissed_by, dismissed_at from dismissed_text "
                        + "where pair = :pair").param("pair", pair)
                .query((rs, i) -> new ScopedDismissal(rs.getString("check_key"), rs.getString("covered"),
                        rs.getString("reason"), rs.getString("dismissed_by"), rs.getTimestamp("dismissed_at")
                        .toInstant())).list());
        return all;
    }

    /** A scoped dismissal as the Checks page lists it; {@code documentId} null for "everywhere". */
    record ScopedRow(long id, Long documentId, String documentName, String sourceLang, String targetLang, String pair,
                     String checkKey, String covered, String reason, String who, java.time.Instant at) {
    }

    java.util.List<ScopedRow> allScopedDismissals() {
        java.util.List<ScopedRow> rows = new java.util.ArrayList<>(jdbc.sql("""
                        select r.document_id, d.name, d.source_lang, d.target_lang, r.check_key, r.reason,
                               r.dismissed_by, r.dismissed_at
                        from dismissed_rule r join document d on d.id = r.document_id
                        order by r.dismissed_at, r.check_key""")
                .query((rs, i) -> new ScopedRow(0, rs.getLong("document_id"), rs.getString("name"),
                        rs.getString("source_lang"), rs.getString("target_lang"), null, rs.getString("check_key"),
                        null, rs.getString("reason"), rs.getString("dismissed_by"),
                        rs.getTimestamp("dismissed_at").toInstant())).list());
        rows.addAll(jdbc.sql("select * from dismissed_text order by dismissed_at, id")
                .query((rs, i) -> new ScopedRow(rs.getLong("id"), null, null, null, null, rs.getString("pair"),
                        rs.getString("check_key"), rs.getString("covered"), rs.getString("reason"),
                        rs.getString("dismissed_by"), rs.getTimestamp("dismissed_at").toInstant())).list());
        return rows;
    }

    boolean deleteRuleDismissal(long documentId, String checkKey) {
        return jdbc.sql("delete from dismissed_rule where document_id = :doc and check_key = :key")
                .param("doc", documentId).param("key", checkKey).update() > 0;
    }

    boolean deleteTextDismissal(long id) {
        return jdbc.sql("delete from dismissed_text where id = :id").param("id", id).update() > 0;
    }
}
