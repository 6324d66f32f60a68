package org.tandem.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.tandem.base.ui.DownloadLink;
import org.tandem.base.ui.MainLayout;
import org.tandem.base.ui.Uploads;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.ExportedFile;
import org.tandem.io.TranslationFiles;
import org.tandem.security.CurrentUser;
import org.tandem.security.Role;

/** The document list: open, import (XLIFF or a text pair), export and delete. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "Documents", order = 1)
@jakarta.annotation.security.PermitAll
@PageTitle("Documents · Tandem")
public class DocumentsView extends VerticalLayout {

    /** Files above this size import in the background with a progress bar; smaller ones at once. */
    static final int BACKGROUND_IMPORT_BYTES = 1024 * 1024;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final DocumentService documents;
    private final Grid<Document> grid = new Grid<>(Document.class, false);
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private byte[] pairSource;
    private String pairSourceName;
    private byte[] pairTarget;
    private String pairTargetName;

    public DocumentsView(DocumentService documents) {
        this.documents = documents;
        setWidthFull();
        add(new H2("Documents"));
        configureGrid();
        progress.setVisible(false);
        progressText.setVisible(false);
        add(grid, new HorizontalLayout(progressText, progress));
        if (CurrentUser.has(Role.EDITOR)) {
            add(importPanel());
        }
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(d -> workbenchLink(d))
                .setHeader("Name").setFlexGrow(1).setSortable(false).setKey("name");
        grid.addColumn(d -> d.sourceLang() + " → " + d.targetLang()).setHeader("Languages").setAutoWidth(true);
        grid.addColumn(Document::segmentCount).setHeader("Segments").setAutoWidth(true);
        grid.addColumn(d -> d.reviewed() + " / " + d.segmentCount()).setHeader("Reviewed").setAutoWidth(true);
        grid.addColumn(d -> WHEN.format(d.updatedAt())).setHeader("Last change").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("20em").setFlexGrow(0).setKey("actions");
        grid.setHeight("40vh");
        grid.getStyle().set("flex-shrink", "0");
    }

    /** The workbench's route (the workbench is another feature's screen, reached by its address). */
    static String workbench(long documentId) {
        return "documents/" + documentId;
    }

    private static Anchor workbenchLink(Document doc) {
        Anchor link = new Anchor(workbench(doc.id()), doc.name());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private HorizontalLayout actions(Document doc) {
        Button open = new Button("Open", e -> UI.getCurrent().navigate(workbench(doc.id())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Anchor export = DownloadLink.of(doc.isTextPair() ? "Export XLIFF 2.1" : "Export XLIFF", () -> {
            ExportedFile file = documents.export(doc.id(), TranslationFiles.ExportFormat.ORIGINAL);
            return new DownloadLink.File(file.fileName(), file.mediaType(), file.content());
        });
        Button delete = new Button("Delete", e -> confirmDelete(doc));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(open);
        if (CurrentUser.has(Role.EDITOR)) {
            actions.add(export, delete);
        }
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void confirmDelete(Document doc) {
        ConfirmDialog dialog = new ConfirmDialog("Delete \"" + doc.name() + "\"?",
                "Its " + doc.segmentCount() + " segments and all edits are removed. This cannot be undone.",
                "Delete", e -> {
                    documents.delete(doc.id());
                    refresh();
                    notify("Deleted " + doc.name() + ".", NotificationVariant.LUMO_CONTRAST);
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private VerticalLayout importPanel() {
        LanguagePicker xliffTarget = new LanguagePicker("Target language (if the file has none)", null);
        xliffTarget.setWidth("16em");
        Checkbox lenient = new Checkbox("Import even if the file breaks the XLIFF 2 standard");
        Upload xliff = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            String name = meta.fileName();
            runImport(name, bytes.length, () -> documents.importXliff(name, bytes, xliffTarget.getValue(),
                    lenient.getValue(), this::reportProgress));
        }));
        xliff.setAcceptedFileTypes(".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".xml");
        configureUpload(xliff);
        xliff.setId("xliff-upload");

        LanguagePicker sourceLang = new LanguagePicker("Source language", "es");
        LanguagePicker targetLang = new LanguagePicker("Target language", "en-US");
        Span sourceName = new Span("no source text yet");
        Span targetName = new Span("no translation yet");
        Upload source = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            pairSource = bytes;
            pairSourceName = meta.fileName();
            sourceName.setText(meta.fileName());
        }));
        Upload target = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            pairTarget = bytes;
            pairTargetName = meta.fileName();
            targetName.setText(meta.fileName());
        }));
        source.setId("source-upload");
        target.setId("target-upload");
        for (Upload upload : new Upload[] {source, target}) {
            upload.setAcceptedFileTypes(".txt", "text/plain");
            configureUpload(upload);
        }
        Button importPair = new Button("Import text pair", e -> {
            if (pairSource == null || pairTarget == null) {
                notify("Upload the source text and its translation first.", NotificationVariant.LUMO_WARNING);
                return;
            }
            byte[] s = pairSource;
            byte[] t = pairTarget;
            String sn = pairSourceName;
            String tn = pairTargetName;
            runImport(sn, s.length + t.length, () -> documents.importTextPair(sn, s, tn, t, sourceLang.getValue(),
                    targetLang.getValue(), this::reportProgress));
        });
        importPair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        VerticalLayout xliffBox = new VerticalLayout(new H3("Import XLIFF 1.2 / 2.x"), xliff, xliffTarget, lenient);
        VerticalLayout pairBox = new VerticalLayout(new H3("Import a source text and its machine translation"),
                new HorizontalLayout(sourceLang, targetLang),
                new HorizontalLayout(new VerticalLayout(source, sourceName), new VerticalLayout(target, targetName)),
                importPair);
        xliffBox.addClassName("import-box");
        pairBox.addClassName("import-box");
        HorizontalLayout boxes = new HorizontalLayout(xliffBox, pairBox);
        boxes.setWidthFull();
        VerticalLayout panel = new VerticalLayout(boxes);
        panel.setPadding(false);
        return panel;
    }

    private void configureUpload(Upload upload) {
        Uploads.oneFileAtATime(upload);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxFileSize()));
        upload.addFileRejectedListener(e -> notify(e.getFileName() + ": " + e.getErrorMessage()
                + " (the limit is " + documents.maxFileSize() / 1024 / 1024 + " MB).", NotificationVariant.LUMO_ERROR));
    }

    /** Small files import at once; large ones in the background, with progress. A failure stores nothing. */
    private void runImport(String name, long size, Supplier<Document> work) {
        if (size < BACKGROUND_IMPORT_BYTES) {
            finish(name, work);
            return;
        }
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setVisible(true);
        progressText.setText("Importing " + name + "…");
        CompletableFuture.runAsync(() -> {
            try {
                Document doc = work.get();
                ui.access(() -> imported(doc));
            } catch (RuntimeException e) {
                ui.access(() -> failed(name, e));
            }
        }, CurrentUser.background());
    }

    private void finish(String name, Supplier<Document> work) {
        try {
            imported(work.get());
        } catch (RuntimeException e) {
            failed(name, e);
        }
    }

    private void reportProgress(int done, int total) {
        UI ui = progress.getUI().orElse(null);
        if (ui != null && total > 0) {
            ui.access(() -> {
                progress.setIndeterminate(false);
                progress.setValue(done / (double) total);
                progressText.setText("Stored " + done + " of " + total + " segments…");
            });
        }
    }

    private void imported(Document doc) {
        progress.setVisible(false);
        progressText.setVisible(false);
        refresh();
        String warnings = doc.warnings().isEmpty() ? "" : " Warnings: " + String.join(" ", doc.warnings());
        notify("Imported " + doc.name() + ": " + doc.segmentCount() + " segments, " + doc.sourceLang() + " → "
                + doc.targetLang() + "." + warnings, doc.warnings().isEmpty()
                ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    private void failed(String name, RuntimeException e) {
        progress.setVisible(false);
        progressText.setVisible(false);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        notify("Import failed, nothing was stored. " + message, NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(documents.documents());
    }

    /** Errors stay until closed (they say what to fix); other messages fade. */
    private static void notify(String message, NotificationVariant variant) {
        if (variant != NotificationVariant.LUMO_ERROR) {
            Notification.show(message, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
            return;
        }
        Notification n = new Notification();
        n.setPosition(Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
        Button close = new Button("Close", e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(message), close);
        content.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        n.add(content);
        n.open();
    }
}
