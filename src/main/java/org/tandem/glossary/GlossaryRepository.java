package org.tandem.glossary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;

/** Termbases, concepts and terms in H2, and which termbases a document is checked against. */
@Repository
class GlossaryRepository {

    private static final String TERMBASE_COLUMNS = """
            t.id, t.name, t.description, t.languages, t.origin, t.checksum, t.revision,
            (select count(*) from concept c where c.termbase_id = t.id) as concepts,
            (select count(*) from term m join concept c on m.concept_id = c.id where c.termbase_id = t.id) as terms
            """;

    private static final int BATCH = 2_000;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    GlossaryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long insertTermbase(TermbaseData data, String origin, String checksum) {
        Timestamp now = Timestamp.from(Instant.now());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into termbase (name, description, languages, origin, checksum, revision, created_at,
                                              updated_at)
                        values (:name, :description, :languages, :origin, :checksum, 1, :now, :now)""")
                .param("name", data.name()).param("description", data.description())
                .param("languages", String.join(",", data.languages())).param("origin", origin)
                .param("checksum", checksum).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertConcepts(id, data.concepts(), 0);
        return id;
    }

    /** Replaces a termbase's header and every concept (a shipped file that changed). */
    void replaceTermbase(long id, TermbaseData data, String checksum) {
        jdbc.sql("delete from concept where termbase_id = :id").param("id", id).update();
        jdbc.sql("""
                        update termbase set name = :name, description = :description, languages = :languages,
                               checksum = :checksum, revision = revision + 1, updated_at = :now where id = :id""")
                .param("name", data.name()).param("description", data.description())
                .param("languages", String.join(",", data.languages())).param("checksum", checksum)
                .param("now", Timestamp.from(Instant.now())).param("id", id).update();
        insertConcepts(id, data.concepts(), 0);
    }

    /**
     * Concepts and their terms, in batches of typed statements; concept ids are read back by position in one query
     * (cheaper than a generated key per row).
     */
    private List<Long> insertConcepts(long termbaseId, List<TermbaseData.Concept> concepts, int firstPosition) {
        if (concepts.isEmpty()) {
            return List.of();
        }
        for (int from = 0; from < concepts.size(); from += BATCH) {
            List<TermbaseData.Concept> batch = concepts.subList(from, Math.min(concepts.size(), from + BATCH));
            int offset = firstPosition + from;
            template.batchUpdate("insert into concept (termbase_id, position, external_id, subject_field, definition,"
                    + " note) values (?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            TermbaseData.Concept c = batch.get(i);
                            ps.setLong(1, termbaseId);
                            ps.setInt(2, offset + i);
                            ps.setString(3, c.id());
                            ps.setString(4, c.subjectField());
                            ps.setString(5, c.definition());
                            ps.setString(6, c.note());
                        }

                        @Override
                        public int getBatchSize() {
                            return batch.size();
                        }
                    });
        }
        Long[] ids = new Long[concepts.size()];
        template.query("select position, id from concept where termbase_id = ? and position >= ? and position < ?",
                (ResultSet rs) -> {
                    ids[rs.getInt(1) - firstPosition] = rs.getLong(2);
                }, termbaseId, firstPosition, firstPosition + concepts.size());
        List<Long> list = Arrays.asList(ids);
        List<Object[]> terms = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            int position = 0;
            for (TermbaseData.Term t : concepts.get(i).terms()) {
                terms.add(new Object[] {list.get(i), position++, t});
            }
        }
        insertTerms(terms);
        return list;
    }

    /** Rows of (concept id, position, term). */
    private void insertTerms(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            template.batchUpdate("insert into term (concept_id, position, lang, text, status, part_of_speech,"
                    + " case_sensitive, note) values (?, ?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            Object[] row = batch.get(i);
                            TermbaseData.Term t = (TermbaseData.Term) row[2];
                            ps.setLong(1, (Long) row[0]);
                            ps.setInt(2, (Integer) row[1]);
                            ps.setString(3, t.lang());
                            ps.setString(4, t.text());
                            ps.setString(5, t.status().name());
                            ps.setString(6, t.partOfSpeech());
                            ps.setBoolean(7, t.caseSensitive());
                            ps.setString(8, t.note());
                        }

                        @Override
                        public int getBatchSize() {
                            return batch.size();
                        }
                    });
        }
    }

    List<Termbase> findAll() {
        return jdbc.sql("select " + TERMBASE_COLUMNS + " from termbase t order by t.name, t.id")
                .query(this::termbase).list();
    }

    /** What the checks need of every termbase, without counting its concepts and terms (that scans them). */
    List<Revision> revisions() {
        return jdbc.sql("select id, languages, revision from termbase order by name, id")
                .query((rs, n) -> new Revision(rs.getLong(1), rs.getString(2).isEmpty() ? List.of()
                        : Arrays.asList(rs.getString(2).split(",")), rs.getInt(3)))
                .list();
    }

    /** A termbase's id, languages and revision. */
    record Revision(long id, List<String> languages, int revision) {
    }

    Optional<Termbase> find(long id) {
        return jdbc.sql("select " + TERMBASE_COLUMNS + " from termbase t where t.id = :id").param("id", id)
                .query(this::termbase).optional();
    }

    Optional<Termbase> findByOrigin(String origin) {
        return jdbc.sql("select " + TERMBASE_COLUMNS + " from termbase t where t.origin = :origin")
                .param("origin", origin).query(this::termbase).optional();
    }

    String checksum(long id) {
        return jdbc.sql("select checksum from termbase where id = :id").param("id", id).query(String.class)
                .optional().orElse(null);
    }

    boolean delete(long id) {
        return jdbc.sql("delete from termbase where id = :id").param("id", id).update() > 0;
    }

    /** Every concept of a termbase with its terms, in file order. */
    List<StoredConcept> concepts(long termbaseId) {
        Map<Long, List<TermbaseData.Term>> terms = new LinkedHashMap<>();
        template.query("""
                        select m.concept_id, m.lang, m.text, m.status, m.part_of_speech, m.case_sensitive, m.note
                        from term m join concept c on m.concept_id = c.id
                        where c.termbase_id = ? order by m.concept_id, m.position""",
                (ResultSet rs) -> {
                    terms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TermbaseData.Term(
                            rs.getString(2), rs.getString(3), TermStatus.valueOf(rs.getString(4)), rs.getString(5),
                            rs.getBoolean(6), rs.getString(7)));
                }, termbaseId);
        return jdbc.sql("""
                        select id, external_id, subject_field, definition, note from concept
                        where termbase_id = :id order by position, id""")
                .param("id", termbaseId)
                .query((rs, n) -> new StoredConcept(rs.getLong(1), new TermbaseData.Concept(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5),
                        terms.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    Optional<Long> termbaseOfConcept(long conceptId) {
        return jdbc.sql("select termbase_id from concept where id = :id").param("id", conceptId)
                .query(Long.class).optional();
    }

    long addConcept(long termbaseId, TermbaseData.Concept concept) {
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from concept where termbase_id = :id")
                .param("id", termbaseId).query(Integer.class).single();
        return insertConcepts(termbaseId, List.of(concept), position).get(0);
    }

    /** Replaces a concept's fields and terms, keeping its place. */
    void updateConcept(long conceptId, TermbaseData.Concept concept) {
        jdbc.sql("""
                        update concept set external_id = :external, subject_field = :subject, definition = :definition,
                               note = :note where id = :id""")
                .param("external", concept.id()).param("subject", concept.subjectField())
                .param("definition", concept.definition()).param("note", concept.note()).param("id", conceptId)
                .update();
        jdbc.sql("delete from term where concept_id = :id").param("id", conceptId).update();
        List<Object[]> terms = new ArrayList<>();
        int position = 0;
        for (TermbaseData.Term t : concept.terms()) {
            terms.add(new Object[] {conceptId, position++, t});
        }
        insertTerms(terms);
    }

    boolean deleteConcept(long conceptId) {
        return jdbc.sql("delete from concept where id = :id").param("id", conceptId).update() > 0;
    }

    /** Marks a termbase changed: bumps its revision and records its languages. */
    void touch(long termbaseId, List<String> languages) {
        jdbc.sql("""
                        update termbase set revision = revision + 1, languages = :languages, updated_at = :now
                        where id = :id""")
                .param("languages", String.join(",", languages)).param("now", Timestamp.from(Instant.now()))
                .param("id", termbaseId).update();
    }

    List<String> languagesInUse(long termbaseId) {
        return jdbc.sql("""
                        select m.lang, min(c.position * 1000 + m.position) as first from term m
                        join concept c on m.concept_id = c.id where c.termbase_id = :id
                        group by m.lang order by first""")
                .param("id", termbaseId).query((rs, n) -> rs.getString(1)).list();
    }

    /** The termbases someone chose for a document, or empty when nobody chose (the default applies). */
    Optional<List<Long>> chosenTermbases(long documentId) {
        Boolean chosen = jdbc.sql("select termbases_chosen from document where id = :id").param("id", documentId)
                .query(Boolean.class).optional().orElse(false);
        if (!chosen) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select termbase_id from document_termbase where document_id = :id"
                + " order by termbase_id").param("id", documentId).query(Long.class).list());
    }

    void chooseTermbases(long documentId, List<Long> termbaseIds) {
        jdbc.sql("delete from document_termbase where document_id = :id").param("id", documentId).update();
        for (Long termbaseId : termbaseIds) {
            jdbc.sql("insert into document_termbase (document_id, termbase_id) values (:doc, :tb)")
                    .param("doc", documentId).param("tb", termbaseId).update();
        }
        jdbc.sql("update document set termbases_chosen = true where id = :id").param("id", documentId).update();
    }

    private Termbase termbase(ResultSet rs, int row) throws SQLException {
        String languages = rs.getString("languages");
        return new Termbase(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")), rs.getString("origin"),
                rs.getInt("revision"), rs.getInt("concepts"), rs.getInt("terms"));
    }

    /** A concept as stored: its database id and content. */
    record StoredConcept(long id, TermbaseData.Concept concept) {
    }

}
