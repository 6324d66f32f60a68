package org.tandem.memory.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import org.tandem.base.ui.DownloadLink;
import org.tandem.base.ui.MainLayout;
import org.tandem.base.ui.Uploads;
import org.tandem.io.ImportException;
import org.tandem.memory.MemoryService;
import org.tandem.security.CurrentUser;
import org.tandem.security.Role;

/**
 * The translation memory: its language pairs and how many units each holds; editors load a client's TMX file and
 * give each pair back as TMX.
 */
@Route(value = "memory", layout = MainLayout.class)
@Menu(title = "Translation memory", order = 3)
@jakarta.annotation.security.PermitAll
@PageTitle("Translation memory · Tandem")
public class MemoryView extends VerticalLayout {

    private final MemoryService memory;
    private final Grid<MemoryService.Pair> pairs = new Grid<>();
    private final boolean editor = CurrentUser.has(Role.EDITOR);

    public MemoryView(MemoryService memory) {
        this.memory = memory;
        addClassName("memory-view");
        setSizeFull();
        pairs.addColumn(MemoryService.Pair::sourceLang).setHeader("Source").setAutoWidth(true);
        pairs.addColumn(MemoryService.Pair::targetLang).setHeader("Target").setAutoWidth(true);
        pairs.addColumn(p -> String.format(java.util.Locale.ROOT, "%,d", p.units())).setHeader("Units")
                .setAutoWidth(true);
        if (editor) {
            pairs.addComponentColumn(p -> DownloadLink.of("Export TMX", () -> new DownloadLink.File(
                    MemoryService.exportName(p.sourceLang(), p.targetLang()), "application/x-tmx+xml",
                    memory.exportTmx(p.sourceLang(), p.targetLang())))).setHeader("").setKey("export").setAutoWidth(true);
        }
        pairs.addClassName("memory-pairs");
        add(new H2("Translation memory"), new Paragraph("Every segment reviewed or approved in Tandem is kept here "
                + "and offered beside segments with a similar source (Ctrl+K in a document searches it)."));
        if (editor) {
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(
                    () -> load(meta.fileName(), bytes)))));
            upload.setAcceptedFileTypes(".tmx", ".xml");
            Uploads.oneFileAtATime(upload);
            upload.setDropLabel(new Span("TMX file (1.4b, as CAT tools export it)"));
            upload.setId("memory-upload");
            add(upload);
        }
        add(pairs);
        refresh();
    }

    private void refresh() {
        pairs.setItems(memory.pairs());
    }

    /** Loads a TMX file: every pair not held yet; a bad file is refused whole with the problem named. */
    void load(String fileName, byte[] bytes) {
        try {
            MemoryService.Imported imported = memory.importTmx(fileName, bytes);
            refresh();
            notify("Loaded " + fileName + ": " + imported.units() + (imported.units() == 1 ? " unit" : " units")
                    + (imported.duplicates() > 0 ? ", " + imported.duplicates() + " already held" : "")
                    + (imported.skipped().isEmpty() ? "" : ", " + imported.skipped().size() + " without a translation")
                    + ".", NotificationVariant.LUMO_SUCCESS);
        } catch (ImportException | org.tandem.base.web.ProblemException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
