package org.tandem.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.tandem.base.data.ClusterLock;
import org.tandem.io.ImportException;
import org.tandem.security.SystemUser;

/**
 * Loads the termbases of the repository's {@code glossaries/} folder (packaged into the application) at start-up:
 * new files are imported, changed ones replace their termbase, unchanged ones are skipped by checksum. A broken
 * file is reported and skipped; the application still starts.
 */
@Component
@Order(0)
class ShippedGlossaries implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedGlossaries.class);
    private final GlossaryService glossaries;
    private final ClusterLock cluster;

    ShippedGlossaries(GlossaryService glossaries, ClusterLock cluster) {
        this.glossaries = glossaries;
        this.cluster = cluster;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                .getResources("classpath*:glossaries/*");
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(String::compareTo)));
        for (Resource resource : resources) {
            String name = resource.getFilename();
            if (name == null || !name.matches("(?i).+\\.(tbx|csv|tsv)")) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = resource.getInputStream()) {
                bytes = in.readAllBytes();
            }
            try {
                // one file at a time across the instances on one database: the second finds it loaded, unchanged
                if (SystemUser.call(() -> cluster.exclusively("shipped-termbases",
                        () -> glossaries.loadShipped("glossaries/" + name, bytes)))) {
                    LOG.info("Loaded the shipped termbase glossaries/{}", name);
                }
            } catch (ImportException e) {
                LOG.error("Shipped termbase not loaded: {}", e.getMessage());
            }
        }
    }
}
