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

    /** A reviewed or approved segment the memory has no unit of yet, with its document. */
    record Unkept(long segmentId, long documentId, String source, String target, String documentName,
                  String sourceLang, String targetLang, String who) {
    }

    /**
     * Reviewed or approved segments with a target and no unit yet, after segment {@code after} in id order, of one
     * document or (null) of all; {@code who} is the last person who changed each, where its history says.
     */
    List<Unkept> unkept(Long documentId, long after, int limit) {
        JdbcClient.StatementSpec query = jdbc.sql("""
                        select s.id, s.document_id, s.source, s.target, d.name, d.source_lang, d.target_lang,
                               (select c.who from segment_change c where c.segment_id = s.id
                                order by c.version desc fetch first 1 rows only) as who
                        from segment s join document d on d.id = s.document_id
                        where s.id > :after and s.status in ('REVIEWED', 'APPROVED') and s.target is not null
                          and not exists (select 1 from memory_unit m where m.segment_id = s.id)
                        """ + (documentId == null ? "" : " and s.document_id = :document ")
                        + " order by s.id fetch first " + limit + " rows only")
                .param("after", after);
        if (documentId != null) {
            query = query.param("document", documentId);
        }
        return query
                .query((rs, n) -> new Unkept(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Units for segments that have none, each only if it still has none (a save may have made it meanwhile). */
    void insertSegmentUnits(List<Unkept> segments, String who, Instant when, long revision) {
        template.batchUpdate("""
                        insert into memory_unit (source_lang, target_lang, source_base, target_base, source, target,
                                                 document_id, segment_id, origin, created_by, created_at, revision)
                        select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        where not exists (select 1 from memory_unit where segment_id = ?)""", segments,
                Math.max(1, segments.size()), (PreparedStatement ps, Unkept s) -> {
                    Bases bases = Bases.of(s.sourceLang(), s.targetLang());
                    ps.setString(1, s.sourceLang());
                    ps.setString(2, s.targetLang());
                    ps.setString(3, bases.source());
                    ps.setString(4, bases.target());
                    ps.setString(5, s.source());
                    ps.setString(6, s.target());
                    ps.setLong(7, s.documentId());
                    ps.setLong(8, s.segmentId());
                    ps.setString(9, s.documentName());
                    ps.setString(10, s.who() == null ? who : s.who());
                    ps.setTimestamp(11, Timestamp.from(when));
                    ps.setLong(12, revision);
                    ps.setLong(13, s.segmentId());
                });
    }

    /** Marks a segment's unit removed (its translation was rejected). */
    void removeSegment(long segmentId, long revision) {
        jdbc.sql("update memory_unit set deleted = true, revision = :revision where segment_id = :segment "
                        + "and deleted = false")
                .param("revision", revision).param("segment", segmentId).update();
    }

    /** A new unit (from a file). */
    record NewUnit(String sourceLang, String targetLang, String sourceBase, String targetBase, String source,
                   String target, String origin, String createdBy, Instant createdAt) {
    }

    void insert(List<NewUnit> units, long revision) {
        for (int from = 0; from < units.size(); from += BATCH) {
            List<NewUnit> batch = units.subList(from, Math.min(units.size(), from + BATCH));
            template.batchUpdate("""
                            insert into memory_unit (source_lang, target_lang, source_base, target_base, source,
                                                     target, origin, created_by, created_at, revision)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(),
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
                        ps.setLong(10, revision);
                    });
        }
    }

    /** Units of a language pair written after {@code revision} (removals too), oldest first. */
    void changesSince(String sourceBase, String targetBase, long revision, Consumer<Change> each) {
        template.query("select " + COLUMNS + " from memory_unit where source_base = ? and target_base = ? "
                        + "and revision > ? order by revision, id",
                (ResultSet rs) -> {
                    each.accept(change(rs));
                }, sourceBase, targetBase, revision);
    }

    /** The language pairs the memory holds, with how many units each, a pair of varieties under one unit's tags. */
    List<MemoryService.Pair> pairs() {
        return jdbc.sql("select min(source_lang), min(target_lang), count(*) from memory_unit where deleted = false "
                        + "group by source_base, target_base order by count(*) desc, min(source_lang)")
                .query((rs, n) -> new MemoryService.Pair(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
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
