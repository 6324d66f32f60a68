package org.tandem.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tandem.document.Document;
import org.tandem.document.DocumentNotFoundException;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.io.SegmentReview;
import org.tandem.markup.Placeholders;
import org.tandem.qa.Categories;
import org.tandem.qa.Issue;
import org.tandem.security.CurrentUser;

/**
 * MQM evaluation: editors mark MQM errors (or confirm an automatic issue as one) and set a document's pass
 * threshold; anyone signed in reads the errors, the score and the LQA report.
 */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class MqmService {

    private final MqmRepository repository;
    private final DocumentService documents;

    MqmService(MqmRepository repository, DocumentService documents) {
        this.repository = repository;
        this.documents = documents;
    }

    /** An error to mark: a span of the target as it is now, where start = end marks something missing there. */
    public record Marking(int start, int end, MqmDimension dimension, String type, MqmSeverity severity,
                          String comment) {
    }

    /**
     * Marks an MQM error on a segment's target.
     *
     * @throws IllegalArgumentException when the span lies outside the target, the type is not one of the
     *                                  dimension's, or the comment is too long
     */
    @PreAuthorize("hasRole('EDITOR')")
    public MqmError mark(long documentId, long segmentId, Marking marking) {
        return insert(documentId, segmentId, marking, null);
    }

    /** Confirms an automatic issue as an MQM error: its span, its category mapped to MQM 2.0, its severity. */
    @PreAuthorize("hasRole('EDITOR')")
    public MqmError confirm(long documentId, long segmentId, Issue issue) {
        String[] dimensionAndType = MqmDimension.ofCategory(issue.category());
        MqmSeverity severity = MqmSeverity.of(issue.severity());
        return insert(documentId, segmentId, new Marking(issue.start(), issue.end(),
                MqmDimension.parse(dimensionAndType[0]), dimensionAndType[1], severity, issue.message()),
                issue.checkId());
    }

    private MqmError insert(long documentId, long segmentId, Marking m, String checkId) {
        Segment segment = documents.segment(documentId, segmentId);
        String target = segment.targetText();
        if (m.dimension() == null || m.severity() == null) {
            throw new IllegalArgumentException("An MQM error needs a dimension and a severity.");
        }
        if (m.start() < 0 || m.end() < m.start() || m.end() > target.length()) {
            throw new IllegalArgumentException("The span " + m.start() + "–" + m.end() + " is outside the target of "
                    + "segment " + segment.index() + " (" + target.length() + " characters).");
        }
        String type = m.type() == null || m.type().isBlank() ? "other" : m.type().trim();
        if (!m.dimension().types().contains(type)) {
            throw new IllegalArgumentException("\"" + type + "\" is not an MQM type of " + m.dimension().label()
                    + ": use one of " + String.join(", ", m.dimension().types()) + ".");
        }
        String comment = m.comment() == null || m.comment().isBlank() ? null : m.comment().strip();
        if (comment != null && comment.length() > Comment.MAX_LENGTH) {
            throw new IllegalArgumentException("An MQM comment is limited to " + Comment.MAX_LENGTH + " characters.");
        }
        boolean marked = repository.errors(documentId).stream().anyMatch(e -> e.segmentId() == segmentId
                && e.start() == m.start() && e.end() == m.end() && e.dimension() == m.dimension()
                && e.type().equals(type));
        if (marked) {
            throw new DuplicateMqmErrorException("Segment " + segment.index() + " has this span marked as "
                    + m.dimension().label() + " / " + type + " already.");
        }
        long id = repository.insert(segmentId, m.start(), m.end(), target.substring(m.start(), m.end()),
                m.dimension(), type, m.severity(), comment, checkId, CurrentUser.name());
        return repository.error(id);
    }

    /**
     * The MQM errors as ITS quality issues for export: the ITS type and severity closest to each, and a profile
     * reference ({@code urn:tandem:mqm:dimension:type:severity:who}) that lets Tandem read them back exactly.
     */
    Map<Long, List<SegmentReview.QualityMark>> marks(long documentId) {
        Map<Long, List<SegmentReview.QualityMark>> marks = new LinkedHashMap<>();
        for (MqmError e : repository.errors(documentId)) {
            marks.computeIfAbsent(e.segmentId(), k -> new java.util.ArrayList<>()).add(
                    new SegmentReview.QualityMark(e.start(), e.end(), ItsTypes.itsType(e.dimension(),
                            e.type()), e.comment(), e.severity().its(), true, ItsTypes.MQM_PROFILE
                            + e.dimension().id() + ":" + e.type() + ":" + e.severity().label() + ":"
                            + java.net.URLEncoder.encode(e.who(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        return marks;
    }

    /**
     * Imported marks become MQM errors: Tandem's own exactly as they were; another tool's with the MQM dimension,
     * type and severity closest to its ITS type and severity, marked by the importing user.
     */
    void restore(Map<Long, List<SegmentReview.QualityMark>> marks, Map<Long, String> targets) {
        marks.forEach((segmentId, list) -> {
            String target = targets.getOrDefault(segmentId, "");
            for (SegmentReview.QualityMark m : list) {
                if (!m.enabled()) {
                    continue;
                }
                int start = Math.min(m.start(), target.length());
                int end = Math.max(start, Math.min(m.end(), target.length()));
                String[] parts = m.profileRef() != null && m.profileRef().startsWith(ItsTypes.MQM_PROFILE)
                        ? m.profileRef().substring(ItsTypes.MQM_PROFILE.length()).split(":", 4) : null;
                MqmDimension dimension;
                String type;
                MqmSeverity severity;
                String who = CurrentUser.name();
                if (parts != null && parts.length == 4 && ownProfile(parts)) {
                    dimension = MqmDimension.parse(parts[0]);
                    type = parts[1];
                    severity = MqmSeverity.parse(parts[2]);
                    who = java.net.URLDecoder.decode(parts[3], java.nio.charset.StandardCharsets.UTF_8);
                } else {
                    String[] mapped = MqmDimension.ofCategory(Categories.ofIts(m.type()));
                    dimension = MqmDimension.parse(mapped[0]);
                    type = mapped[1];
                    severity = MqmSeverity.ofIts(m.severity());
                }
                if (!dimension.types().contains(type)) {
                    type = "other";
                }
                repository.insert(segmentId, start, end, target.substring(start, end), dimension, type, severity,
                        m.comment(), null, who);
            }
        });
    }

    private static boolean ownProfile(String[] parts) {
        try {
            MqmDimension.parse(parts[0]);
            MqmSeverity.parse(parts[2]);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The document's MQM errors in segment order. */
    public List<MqmError> errors(long documentId) {
        documents.document(documentId);
        return repository.errors(documentId);
    }

    @PreAuthorize("hasRole('EDITOR')")
    public void delete(long documentId, long errorId) {
        if (!repository.delete(documentId, errorId)) {
            throw new DocumentNotFoundException("Document " + documentId + " has no MQM error " + errorId + ".");
        }
    }

    /** Sets the quality score the document must reach to pass (0–100). */
    @PreAuthorize("hasRole('EDITOR')")
    public void setThreshold(long documentId, double threshold) {
        documents.document(documentId);
        if (Double.isNaN(threshold) || threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("A pass threshold is a score from 0 to 100.");
        }
        repository.setThreshold(documentId, threshold);
    }

    /** The MQM 2.0 score of the document now: its errors against its source word count. */
    public LqaScore score(long documentId) {
        return score(documents.document(documentId), documents.segments(documentId), repository.errors(documentId));
    }

    private LqaScore score(Document doc, List<Segment> segments, List<MqmError> errors) {
        int words = segments.stream()
                .mapToInt(s -> WordCount.of(Placeholders.plain(s.source()), doc.sourceLang())).sum();
        return LqaScore.of(words, errors, repository.threshold(doc.id()));
    }

    /** The whole evaluation: document, score, and each segment that has errors with them. */
    public LqaReport report(long documentId) {
        Document doc = documents.document(documentId);
        List<Segment> segments = documents.segments(documentId);
        List<MqmError> errors = repository.errors(documentId);
        Map<Long, Segment> byId = new LinkedHashMap<>();
        segments.forEach(s -> byId.put(s.id(), s));
        return new LqaReport(doc, score(doc, segments, errors), errors, byId);
    }
}
