package org.tandem.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** MQM errors and LQA pass thresholds. */
@Repository
class MqmRepository {

    private final JdbcClient jdbc;

    MqmRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long segmentId, int start, int end, String highlighted, MqmDimension dimension, String type,
                MqmSeverity severity, String comment, String checkId, String who) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into mqm_error (segment_id, start_pos, end_pos, highlighted, dimension, error_type,
                                               severity, comment, check_id, who, created_at)
                        values (:segment, :start, :end, :highlighted, :dimension, :type, :severity, :comment,
                                :check, :who, :now)""")
                .param("segment", segmentId).param("start", start).param("end", end)
                .param("highlighted", highlighted).param("dimension", dimension.name()).param("type", type)
                .param("severity", severity.name()).param("comment", comment).param("check", checkId)
                .param("who", who).param("now", Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<MqmError> errors(long documentId) {
        return jdbc.sql("""
                        select e.* from mqm_error e join segment s on s.id = e.segment_id
                        where s.document_id = :doc order by s.position, e.start_pos, e.id""")
                .param("doc", documentId).query(MqmRepository::error).list();
    }

    MqmError error(long errorId) {
        return jdbc.sql("select * from mqm_error where id = :id").param("id", errorId)
                .query(MqmRepository::error).single();
    }

    boolean delete(long documentId, long errorId) {
        return jdbc.sql("""
                        delete from mqm_error where id = :id
                        and segment_id in (select id from segment where document_id = :doc)""")
                .param("id", errorId).param("doc", documentId).update() > 0;
    }

    /** The document's pass threshold, or the default where an editor set none. */
    double threshold(long documentId) {
        return jdbc.sql("select threshold from lqa_threshold where document_id = :doc").param("doc", documentId)
                .query(BigDecimal.class).optional().map(BigDecimal::doubleValue).orElse(LqaScore.DEFAULT_THRESHOLD);
    }

    void setThreshold(long documentId, double threshold) {
        jdbc.sql("""
                        merge into lqa_threshold t using (values (cast(:doc as bigint), cast(:t as decimal(6, 2))))
                            s (document_id, threshold) on t.document_id = s.document_id
                        when matched then update set threshold = s.threshold
                        when not matched then insert (document_id, threshold) values (s.document_id, s.threshold)""")
                .param("t", BigDecimal.valueOf(threshold)).param("doc", documentId).update();
    }

    private static MqmError error(ResultSet rs, int row) throws SQLException {
        return new MqmError(rs.getLong("id"), rs.getLong("segment_id"), rs.getInt("start_pos"), rs.getInt("end_pos"),
                rs.getString("highlighted"), MqmDimension.valueOf(rs.getString("dimension")),
                rs.getString("error_type"), MqmSeverity.valueOf(rs.getString("severity")), rs.getString("comment"),
                rs.getString("check_id"), rs.getString("who"), rs.getTimestamp("created_at").toInstant());
    }
}
