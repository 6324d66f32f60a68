package org.tandem.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tandem.io.DocumentFormat;
import org.tandem.io.ParsedDocument;
import org.tandem.io.ParsedSegment;
import org.tandem.io.SegmentContext;
import org.tandem.markup.InlineCode;

/** Documents and segments in H2, through plain SQL. */
@Repository
class DocumentRepository {

    private static final int BATCH = 500;
    private static final TypeReference<List<InlineCode>> CODES = new TypeReference<>() {
    };
    private static final String DOCUMENT_COLUMNS = """
            d.id, d.name, d.source_lang, d.target_lang, d.format, d.segment_count, d.warnings, d.created_at,
            d.updated_at, (select count(*) from segment s where s.document_id = d.id
                           and s.status in ('REVIEWED', 'APPROVED')) as reviewed
            """;
    private static final String SEGMENT_COLUMNS = "id, document_id, position, unit_id, source, target, mt_target, "
            + "codes, status, version, status_reason, context";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper json;

    DocumentRepository(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    long insertDocument(String name, ParsedDocument parsed, byte[] original, byte[] originalTarget) {
        Instant now = Instant.now();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into document (name, source_lang, target_lang, format, original, original_target,
                                              warnings, segment_count, created_at, updated_at)
                        values (:name, :source, :target, :format, :original, :originalTarget, :warnings, :count,
                                :now, :now)""")
                .param("name", name)
                .param("source", parsed.sourceLang())
                .param("target", parsed.targetLang())
                .param("format", parsed.format().name())
                .param("original", original)
                .param("originalTarget", originalTarget, Types.VARBINARY)
                .param("warnings", String.join("\n", parsed.warnings()))
                .param("count", parsed.segments().size())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertSegments(long documentId, List<ParsedSegment> segments, IntConsumer progress) {
        Timestamp now = Timestamp.from(Instant.now());
        String sql = "insert into segment (document_id, position, unit_id, source, target, mt_target, codes, status,"
                + " version, updated_at, status_reason, context) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
        for (int from = 0; from < segments.size(); from += BATCH) {
            List<ParsedSegment> batch = segments.subList(from, Math.min(segments.size(), from + BATCH));
            int offset = from;
            template.batchUpdate(sql, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    setSegment(ps, documentId, offset + i + 1, batch.get(i), now);
                }

                @Override
                public int getBatchSize() {
                    return batch.size();
                }
            });
            progress.accept(Math.min(segments.size(), from + BATCH));
        }
    }

    private void setSegment(PreparedStatement ps, long documentId, int position, ParsedSegment s, Timestamp now)
            throws SQLException {
                ps.setLong(1, documentId);
                ps.setInt(2, position);
                ps.setString(3, s.unitId());
                ps.setString(4, s.source());
                ps.setString(5, s.target());
                ps.setString(6, s.target());
                ps.setString(7, toJson(s.codes()));
                SegmentStatus status = importedStatus(s);
                ps.setString(8, status.name());
                ps.setTimestamp(9, now);
                ps.setString(10, status == SegmentStatus.REJECTED ? "Rejected in the imported file." : null);
                ps.setString(11, s.context().isEmpty() ? null : toJson(s.context()));
    }

    /** The state the file gives, else new without a target and translated with one. */
    static SegmentStatus importedStatus(ParsedSegment s) {
        if (s.state() != null) {
            return SegmentStatus.of(s.state());
        }
        return s.target() == null || s.target().isEmpty() ? SegmentStatus.NEW : SegmentStatus.TRANSLATED;
    }

    List<Document> findAll() {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from document d order by d.updated_at desc, d.id desc")
                .query(this::document).list();
    }

    Optional<Document> find(long id) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from document d where d.id = :id")
                .param("id", id).query(this::document).optional();
    }

    Optional<byte[][]> originals(long id) {
        return jdbc.sql("select original, original_target from document where id = :id").param("id", id)
                .query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)}).optional();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from document where id = :id").param("id", id).update() > 0;
    }

    List<Segment> segments(long documentId, int offset, int limit) {
        return jdbc.sql("select " + SEGMENT_COLUMNS + " from segment where document_id = :doc"
                        + " order by position offset :offset rows fetch next :limit rows only")
                .param("doc", documentId).param("offset", offset).param("limit", limit)
                .query(this::segment).list();
    }

    List<Segment> segments(long documentId) {
        return jdbc.sql("select " + SEGMENT_COLUMNS + " from segment where document_id = :doc order by position")
                .param("doc", documentId).query(this::segment).list();
    }

    Optional<Segment> segment(long documentId, long segmentId) {
        return jdbc.sql("select " + SEGMENT_COLUMNS + " from segment where document_id = :doc and id = :id")
                .param("doc", documentId).param("id", segmentId).query(this::segment).optional();
    }

    void insertChange(long segmentId, int version, String before, String after, SegmentStatus statusBefore,
                      SegmentStatus statusAfter, String who) {
        jdbc.sql("""
                        insert into segment_change (segment_id, version, target_before, target_after, status_before,
                                                    status_after, who, changed_at)
                        values (:segment, :version, :before, :after, :statusBefore, :statusAfter, :who, :now)""")
                .param("segment", segmentId).param("version", version)
                .param("before", before, Types.VARCHAR).param("after", after, Types.VARCHAR)
                .param("statusBefore", statusBefore.name()).param("statusAfter", statusAfter.name())
                .param("who", who).param("now", Timestamp.from(Instant.now()))
                .update();
    }

    /** A segment's changes, oldest first. */
    List<SegmentChange> changes(long segmentId) {
        return jdbc.sql("""
                        select id, segment_id, version, target_before, target_after, status_before, status_after, who,
                               changed_at
                        from segment_change where segment_id = :segment order by version, id""")
                .param("segment", segmentId)
                .query((rs, n) -> new SegmentChange(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), SegmentStatus.valueOf(rs.getString(6)), SegmentStatus.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    /** Writes only if nobody saved since {@code version}; returns whether it did. */
    boolean updateTarget(long documentId, long segmentId, int version, String target, SegmentStatus status,
                         String reason) {
        Timestamp now = Timestamp.from(Instant.now());
        int rows = jdbc.sql("""
                        update segment set target = :target, status = :status, version = version + 1,
                                           status_reason = :reason, updated_at = :now
                        where document_id = :doc and id = :id and version = :version""")
                .param("target", target).param("status", status.name()).param("now", now)
                .param("reason", reason, Types.VARCHAR)
                .param("doc", documentId).param("id", segmentId).param("version", version)
                .update();
        if (rows > 0) {
            jdbc.sql("update document set updated_at = :now where id = :doc")
                    .param("now", now).param("doc", documentId).update();
        }
        return rows > 0;
    }

    private Document document(ResultSet rs, int n) throws SQLException {
        String warnings = rs.getString("warnings");
        return new Document(rs.getLong("id"), rs.getString("name"), rs.getString("source_lang"),
                rs.getString("target_lang"), DocumentFormat.valueOf(rs.getString("format")),
                rs.getInt("segment_count"), rs.getInt("reviewed"),
                warnings == null || warnings.isBlank() ? List.of() : Arrays.asList(warnings.split("\n")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private Segment segment(ResultSet rs, int n) throws SQLException {
        return new Segment(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("position"),
                rs.getString("unit_id"), rs.getString("source"), rs.getString("target"), rs.getString("mt_target"),
                fromJson(rs.getString("codes")), SegmentStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), rs.getString("status_reason"), context(rs.getString("context")));
    }

    private SegmentContext context(String text) {
        try {
            return text == null || text.isEmpty() ? SegmentContext.NONE : json.readValue(text, SegmentContext.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored segment context is unreadable", e);
        }
    }

    private String toJson(Object codes) {
        try {
            return json.writeValueAsString(codes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<InlineCode> fromJson(String text) {
        try {
            return text == null || text.isEmpty() ? List.of() : json.readValue(text, CODES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inline codes are unreadable", e);
        }
    }
}
