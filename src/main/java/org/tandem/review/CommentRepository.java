package org.tandem.review;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Comment threads on segments. */
@Repository
class CommentRepository {

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertComment(long segmentId, Long parentId, String author, String text) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into segment_comment (segment_id, parent_id, author, text, created_at)
                        values (:segment, :parent, :author, :text, :now)""")
                .param("segment", segmentId).param("parent", parentId, Types.BIGINT).param("author", author)
                .param("text", text).param("now", Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Comment> comments(long segmentId) {
        return jdbc.sql("""
                        select id, segment_id, parent_id, author, text, resolved, resolved_by, created_at
                        from segment_comment where segment_id = :segment order by id""")
                .param("segment", segmentId)
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    boolean resolveComment(long segmentId, long commentId, boolean resolved, String who) {
        return jdbc.sql("""
                        update segment_comment set resolved = :resolved, resolved_by = :who
                        where id = :id and segment_id = :segment and parent_id is null""")
                .param("resolved", resolved).param("who", resolved ? who : null, Types.VARCHAR)
                .param("id", commentId).param("segment", segmentId).update() > 0;
    }

    /** Threads (only the open ones, or all) per segment of a document. */
    Map<Long, Integer> threads(long documentId, boolean openOnly) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        select c.segment_id, count(*) from segment_comment c join segment s on s.id = c.segment_id
                        where s.document_id = :doc and c.parent_id is null and (not c.resolved or not :open)
                        group by c.segment_id""")
                .param("doc", documentId).param("open", openOnly)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }
}
