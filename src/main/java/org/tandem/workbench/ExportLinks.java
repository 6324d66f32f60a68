package org.tandem.workbench;

import com.vaadin.flow.component.html.Anchor;
import org.tandem.base.ui.DownloadLink;
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
        return DownloadLink.of(label, () -> {
            ExportedFile file = documents.export(documentId, format, review);
            return new DownloadLink.File(file.fileName(), file.mediaType(), file.content());
        });
    }
}
