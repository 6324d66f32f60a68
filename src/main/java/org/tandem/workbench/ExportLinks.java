package org.tandem.workbench;

import com.vaadin.flow.component.html.Anchor;
import java.util.function.Supplier;
import org.tandem.base.ui.DownloadLink;
import org.tandem.document.ExportedFile;
import org.tandem.io.TranslationFiles.ExportFormat;

/** Download links that export the document when clicked (always the latest saved text). */
final class ExportLinks {

    private final WorkbenchServices services;
    private final long documentId;

    ExportLinks(WorkbenchServices services, long documentId) {
        this.services = services;
        this.documentId = documentId;
    }

    /** The corrected file, without review data. */
    Anchor clean(ExportFormat format, String label) {
        return link(label, () -> services.documents().export(documentId, format));
    }

    /** The corrected file carrying the issues, MQM errors and comments (ITS 2.0 and notes). */
    Anchor withReview(ExportFormat format, String label) {
        return link(label, () -> services.reviewData().export(documentId, format));
    }

    private static Anchor link(String label, Supplier<ExportedFile> export) {
        return DownloadLink.of(label, () -> {
            ExportedFile file = export.get();
            return new DownloadLink.File(file.fileName(), file.mediaType(), file.content());
        });
    }
}
