package org.tandem.review;

import java.time.Instant;
import java.util.List;

/**
 * A comment on a segment.
 *
 * @param parentId the first comment of its thread, or null for that first comment
 * @param resolved whether its thread is resolved (kept on the first comment)
 */
public record Comment(long id, long segmentId, Long parentId, String author, String text, boolean resolved,
                      String resolvedBy, Instant at) {

    /** The longest comment kept (a reviewer's comment, a note read from a file, an MQM error's comment). */
    public static final int MAX_LENGTH = 5000;

    /** A first comment and its replies, oldest first. */
    public record Thread(Comment first, List<Comment> replies) {
        public Thread {
            replies = List.copyOf(replies);
        }

        public boolean resolved() {
            return first.resolved();
        }
    }
}
