package org.tandem.document.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.tandem.document.DocumentService;
import org.tandem.document.ExportedFile;
import org.tandem.io.TranslationFiles;

/** Download links that export a document when clicked (always the latest saved text). */
final class ExportLinks {

    private ExportLinks() {
    }

    static Anchor link(DocumentService documents, long documentId, TranslationFiles.ExportFormat format, String label) {
        return link(documents, documentId, format, label, false);
    }

    /** With {@code review}: the file also carries issues, MQM errors and comments (ITS 2.0 and notes). */
    static Anchor link(DocumentService documents, long documentId, TranslationFiles.ExportFormat format, String label,
                       boolean review) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                ExportedFile file = documents.export(documentId, format, review);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.mediaType(), file.content().length);
            } catch (RuntimeException e) {
                return DownloadResponse.error(500, "Export failed: " + e.getMessage());
            }
        }), label);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("export-link");
        return anchor;
    }
}
