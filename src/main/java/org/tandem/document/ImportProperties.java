package org.tandem.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code tandem.import.*}: limits on what an import accepts. {@code maxSegmentChars} bounds one segment's source or
 * target (at import and at every save): checking is linear in a segment's length but a single huge segment would
 * hold a checker thread for many seconds, and no reviewer reads one in a grid row.
 */
@ConfigurationProperties("tandem.import")
public record ImportProperties(@DefaultValue("50MB") DataSize maxFileSize,
                               @DefaultValue("30000") int maxSegmentChars) {
}
