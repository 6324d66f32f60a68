package org.tandem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;

/**
 * A test's own copy of the demo article (the user's sample, as the demo loader imports it), so that tests which
 * edit, fix or dismiss never see each other's changes.
 */
public final class DemoCopy {

    private DemoCopy() {
    }

    /** Imports the demo article again as a new document (the signed-in user must be an editor). */
    public static Document importInto(DocumentService documents) {
        return documents.importTextPair("xi-putin-moscu.es.txt", resource("demo/xi-putin-moscu.es.txt"),
                "seed-article.en-mt.txt", resource("demo/seed-article.en-mt.txt"), "es", "en-US",
                DocumentService.ImportProgress.NONE);
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoCopy.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
