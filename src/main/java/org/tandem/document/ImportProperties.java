package org.tandem.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code tandem.import.*}: limits on what an import accepts. */
@ConfigurationProperties("tandem.import")
public record ImportProperties(@DefaultValue("50MB") DataSize maxFileSize) {
}
