package org.tandem.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A download link whose file is made when it is clicked (so it always holds the latest saved text). */
public final class DownloadLink {

    /** A file to download. */
    public record File(String name, String mediaType, byte[] content) {
    }

    private DownloadLink() {
    }

    public static Anchor of(String label, Supplier<File> make) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                File file = make.get();
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), file.mediaType(),
                        file.content().length);
            } catch (RuntimeException e) {
                return DownloadResponse.error(500, "Export failed: " + e.getMessage());
            }
        }), label);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("export-link");
        return anchor;
    }
}
