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
    record Dismissal(long segmentId, String checkId, int start, int end, String targetText) {
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
                        select d.segment_id, d.check_id, d.span_start, d.span_end, d.target_text
                        from dismissed_issue d join segment s on s.id = d.segment_id
                        where s.document_id = :doc""")
                .param("doc", documentId)
                .query((rs, n) -> new Dismissal(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5)))
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
        template.batchUpdate("merge into segment_issues (segment_id, text_key, ruleset, issues) key (segment_id) "
                + "values (?, ?, ?, ?)", rows, BATCH, (ps, row) -> {
                    ps.setLong(1, row.segmentId());
                    ps.setString(2, row.textKey());
                    ps.setInt(3, ruleset);
                    ps.setString(4, row.json());
                });
    }
}
