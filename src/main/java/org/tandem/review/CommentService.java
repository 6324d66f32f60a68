package org.tandem.review;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.document.SegmentEvents;
import org.tandem.document.SegmentSaved;
import org.tandem.security.CurrentUser;

/** Comment threads on a segment: start one, reply, resolve or reopen; open workbenches hear of each change. */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class CommentService {

    private final DocumentService documents;
    private final CommentRepository repository;
    private final TransactionTemplate transaction;
    private final SegmentEvents events;

    CommentService(DocumentService documents, CommentRepository repository, TransactionTemplate transaction,
                   SegmentEvents events) {
        this.documents = documents;
        this.repository = repository;
        this.transaction = transaction;
        this.events = events;
    }

    /**
     * Adds a comment to a segment: a new thread, or a reply to a thread (named by its first comment). A reply
     * reopens a resolved thread.
     *
     * @throws IllegalArgumentException when the text is empty or too long, or the thread is not this segment's
     */
    public Comment comment(long documentId, long segmentId, Long threadId, String text) {
        documents.segment(documentId, segmentId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("A comment needs some text.");
        }
        if (body.length() > Comment.MAX_LENGTH) {
            throw new IllegalArgumentException("A comment is limited to " + Comment.MAX_LENGTH + " characters.");
        }
        if (threadId != null && repository.comments(segmentId).stream()
                .noneMatch(c -> c.id() == threadId && c.parentId() == null)) {
            throw new IllegalArgumentException("Segment " + segmentId + " has no thread " + threadId + ".");
        }
        String author = CurrentUser.name();
        long id = transaction.execute(tx -> {
            long inserted = repository.insertComment(segmentId, threadId, author, body);
            if (threadId != null) {
                repository.resolveComment(segmentId, threadId, false, author);
            }
            return inserted;
        });
        announce(documentId, segmentId);
        return repository.comments(segmentId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** A segment's comment threads, oldest first. */
    public List<Comment.Thread> comments(long documentId, long segmentId) {
        documents.segment(documentId, segmentId);
        return threads(repository.comments(segmentId));
    }

    static List<Comment.Thread> threads(List<Comment> all) {
        return all.stream().filter(c -> c.parentId() == null)
                .map(first -> new Comment.Thread(first, all.stream()
                        .filter(c -> c.parentId() != null && first.id() == c.parentId()).toList()))
                .toList();
    }

    /** Marks a thread resolved (or open again). */
    public void resolve(long documentId, long segmentId, long threadId, boolean resolved) {
        documents.segment(documentId, segmentId);
        if (!repository.resolveComment(segmentId, threadId, resolved, CurrentUser.name())) {
            throw new IllegalArgumentException("Segment " + segmentId + " has no thread " + threadId + ".");
        }
        announce(documentId, segmentId);
    }

    /** Open comment threads per segment id. */
    public Map<Long, Integer> openThreads(long documentId) {
        documents.document(documentId);
        return repository.threads(documentId, true);
    }

    /** Comment threads per segment id, open or resolved. */
    public Map<Long, Integer> threads(long documentId) {
        documents.document(documentId);
        return repository.threads(documentId, false);
    }

    /** Every comment of a segment as stored, for export. */
    List<Comment> all(long segmentId) {
        return repository.comments(segmentId);
    }

    /**
     * Puts back a comment an imported file carried (in the importing transaction), cut to the longest kept;
     * returns its id.
     */
    long restore(long segmentId, Long threadId, String author, String text, boolean resolved) {
        long id = repository.insertComment(segmentId, threadId, author.isBlank() ? "?" : author,
                text.length() > Comment.MAX_LENGTH ? text.substring(0, Comment.MAX_LENGTH) : text);
        if (threadId == null && resolved) {
            repository.resolveComment(segmentId, id, true, author);
        }
        return id;
    }

    private void announce(long documentId, long segmentId) {
        Segment segment = documents.segment(documentId, segmentId);
        events.publish(new SegmentSaved(documentId, segmentId, segment.index(), segment.version(), CurrentUser.name(),
                true));
    }
}
