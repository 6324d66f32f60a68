package org.tandem.memory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.document.TranslationsReviewed;

/**
 * Memory units in the database. Every writing transaction first takes the next memory revision (locking the counter
 * until it commits) and stamps what it writes with it; readers follow the revisions.
 */
@Repository
class MemoryRepository {

    private static final String COLUMNS = """
            id, source_lang, target_lang, source, target, document_id, segment_id, origin, created_by, created_at, revision,
            deleted""";
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MemoryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A unit as read, with the revision that wrote it and whether it is a removal. */
    record Change(MemoryUnit unit, long revision, boolean deleted) {
    }

    /** The next revision, locked by this transaction until it ends (call inside a transaction). */
    long nextRevision() {
        jdbc.sql("update memory_revision set revision = revision + 1 where id = 1").update();
        return jdbc.sql("select revision from memory_revision where id = 1").query(Long.class).single();
    }

    /**
     * Keeps a segment's unit: its text as approved now, replacing what the segment had. The document's name and
     * languages are read in the same statement.
     */
    void keepSegment(long documentId, long segmentId, Bases bases, String source, String target, String who,
                     Instant when, long revision) {
        int updated = jdbc.sql("""
                        update memory_unit set source = :source, target = :target, created_by = :who,
                               created_at = :when, revision = :revision, deleted = false
                        where segment_id = :segment""")
                .param("source", source).param("target", target).param("who", who)
                .param("when", Timestamp.from(when)).param("revision", revision).param("segment", segmentId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into memory_unit (source_lang, target_lang, source_base, target_base, source,
                                                     target, document_id, segment_id, origin, created_by,
                                                     created_at, revision)
                            select d.source_lang, d.target_lang, :sourceBase, :targetBase, :source, :target, d.id,
                                   :segment, d.name, :who, :when, :revision
                            from document d where d.id = :document""")
                    .param("sourceBase", bases.source()).param("targetBase", bases.target())
                    .param("source", source).param("target", target).param("segment", segmentId)
                    .param("who", who).param("when", Timestamp.from(when)).param("revision", revision)
                    .param("document", documentId).update();
        }
    }

    /** The language bases of a document's pair; empty when there is no such document. */
    java.util.Optional<Bases> bases(long documentId) {
        return jdbc.sql("select source_lang, target_lang from document where id = :id").param("id", documentId)
                .query((rs, n) -> Bases.of(rs.getString(1), rs.getString(2))).optional();
    }

    /** Units of segments that have none yet (a document just imported), in batches, with the document's name. */
    void insertSegments(long documentId, Bases bases, List<TranslationsReviewed.Reviewed> segments, String who,
                        Instant when, long revision) {
        List<String> document = jdbc.sql("select name, source_lang, target_lang from document where id = :id")
                .param("id", documentId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        for (int from = 0; from < segments.size(); from += BATCH) {
            List<TranslationsReviewed.Reviewed> batch = segments.subList(from, Math.min(segments.size(), from + BATCH));
            template.batchUpdate("""
                            insert into memory_unit (source_lang, target_lang, source_base, target_base, source,
                                                     target, document_id, segment_id, origin, created_by,
                                                     created_at, revision)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(),
                    (PreparedStatement ps, TranslationsReviewed.Reviewed s) -> {
                        ps.setString(1, document.get(1));
                        ps.setString(2, document.get(2));
                        ps.setString(3, bases.source());
                        ps.setString(4, bases.target());
                        ps.setString(5, s.source());
                        ps.setString(6, s.target());
                        ps.setLong(7, documentId);
                        ps.setLong(8, s.segmentId());
                        ps.setString(9, document.get(0));
                        ps.setString(10, who);
                        ps.setTimestamp(11, Timestamp.from(when));
                        ps.setLong(12, revision);
                    });
        }
    }

    /** Marks a segment's unit removed (its translation was rejected). */
    void removeSegment(long segmentId, long revision) {
        jdbc.sql("update memory_unit set deleted = true, revision = :revision where segment_id = :segment "
                        + "and deleted = false")
                .param("revision", revision).param("segment", segmentId).update();
    }

    /** A new unit (from a file); {@code revision} 0 until {@link #stampImported} gives the import its revision. */
    record NewUnit(String sourceLang, String targetLang, String sourceBase, String targetBase, String source,
                   String target, String origin, String createdBy, Instant createdAt) {
    }

    void insert(List<NewUnit> units) {
        for (int from = 0; from < units.size(); from += BATCH) {
            List<NewUnit> batch = units.subList(from, Math.min(units.size(), from + BATCH));
            template.batchUpdate("""
                            insert into memory_unit (source_lang, target_lang, source_base, target_base, source,
                                                     target, origin, created_by, created_at, revision)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", batch, batch.size(),
                    (PreparedStatement ps, NewUnit u) -> {
                        ps.setString(1, u.sourceLang());
                        ps.setString(2, u.targetLang());
                        ps.setString(3, u.sourceBase());
                        ps.setString(4, u.targetBase());
                        ps.setString(5, u.source());
                        ps.setString(6, u.target());
                        ps.setString(7, u.origin());
                        ps.setString(8, u.createdBy());
                        ps.setTimestamp(9, Timestamp.from(u.createdAt()));
                    });
        }
    }

    /** Gives this transaction's newly inserted units their revision (just before it commits). */
    void stampImported(long revision) {
        jdbc.sql("update memory_unit set revision = :revision where revision = 0").param("revision", revision)
                .update();
    }

    /** Units of a language pair written after {@code revision} (removals too), oldest first. */
    void changesSince(String sourceBase, String targetBase, long revision, Consumer<Change> each) {
        template.query("select " + COLUMNS + " from memory_unit where source_base = ? and target_base = ? "
                        + "and revision > ? order by revision, id",
                (ResultSet rs) -> {
                    each.accept(change(rs));
                }, sourceBase, targetBase, revision);
    }

    /**
     * The language pairs the memory holds, with how many units each: [source tag, target tag, count], a pair of
     * varieties under the tags one of its units has.
     */
    List<Object[]> pairs() {
        return jdbc.sql("select min(source_lang), min(target_lang), count(*) from memory_unit where deleted = false "
                        + "group by source_base, target_base order by count(*) desc, min(source_lang)")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}).list();
    }

    /** Units of a language pair, for an export: oldest first. */
    void units(String sourceBase, String targetBase, Consumer<MemoryUnit> each) {
        template.query("select " + COLUMNS + " from memory_unit where source_base = ? and target_base = ? "
                        + "and deleted = false order by id",
                (ResultSet rs) -> {
                    each.accept(change(rs).unit());
                }, sourceBase, targetBase);
    }

    private static Change change(ResultSet rs) throws SQLException {
        long documentId = rs.getLong("document_id");
        Long document = rs.wasNull() ? null : documentId;
        long segmentId = rs.getLong("segment_id");
        Long segment = rs.wasNull() ? null : segmentId;
        MemoryUnit unit = new MemoryUnit(rs.getLong("id"), rs.getString("source_lang"), rs.getString("target_lang"),
                rs.getString("source"), rs.getString("target"), document, segment, rs.getString("origin"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
        return new Change(unit, rs.getLong("revision"), rs.getBoolean("deleted"));
    }
}
