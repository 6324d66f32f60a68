package org.tandem.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tandem.base.data.ClusterLock;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.security.SystemUser;

/**
 * On first start with an empty database, imports a Spanish news article and its English machine translation
 * (the user's sample) as a text pair.
 */
@Component
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true", matchIfMissing = true)
public class DemoLoader implements ApplicationRunner {

    static final String SOURCE = "demo/xi-putin-moscu.es.txt";
    static final String TARGET = "demo/seed-article.en-mt.txt";
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final DocumentService documents;
    private final ClusterLock cluster;

    DemoLoader(DocumentService documents, ClusterLock cluster) {
        this.documents = documents;
        this.cluster = cluster;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(this::loadWhenEmpty);
    }

    /** Into an empty store only, once however many instances start together on one database. */
    private void loadWhenEmpty() {
        Document doc = cluster.exclusively("demo", () -> documents.documents().isEmpty() ? importInto(documents) : null);
        if (doc != null) {
            LOG.info("Loaded the demo document \"{}\" ({} segments)", doc.name(), doc.segmentCount());
        }
    }

    /** Imports the demo article as a new document (the signed-in user must be an editor). */
    public static Document importInto(DocumentService documents) {
        return documents.importTextPair("xi-putin-moscu.es.txt", resource(SOURCE), "seed-article.en-mt.txt",
                resource(TARGET), "es", "en-US", DocumentService.ImportProgress.NONE);
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
