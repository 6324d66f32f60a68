package org.tandem.glossary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tandem.base.ui.MainLayout;
import org.tandem.base.ui.Uploads;
import org.tandem.glossary.GlossaryService;
import org.tandem.glossary.Termbase;
import org.tandem.io.ImportException;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;
import org.tandem.io.TermbaseFiles;
import org.tandem.security.CurrentUser;
import org.tandem.security.Role;

/**
 * Termbases: import (TBX, CSV), export, delete; a termbase's concepts, searched and filtered by status, with their
 * terms added, edited and deleted in a dialog.
 */
@Route(value = "glossaries", layout = MainLayout.class)
@Menu(title = "Glossaries", order = 2)
@jakarta.annotation.security.PermitAll
@PageTitle("Glossaries · Tandem")
public class GlossaryView extends VerticalLayout {

    static final String ANY_STATUS = "any status";

    private final GlossaryService glossaries;
    private final Grid<Termbase> termbases = new Grid<>(Termbase.class, false);
    private final Grid<GlossaryService.ConceptEntry> concepts = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<String> status = new ComboBox<>();
    private final H3 conceptsTitle = new H3();
    private final Button addConcept = new Button("Add concept");
    private final TextField csvLanguages = new TextField("Languages of a CSV without a header row");
    private Termbase selected;
    /** Editors change termbases; translators browse and export them. */
    private final boolean editor = CurrentUser.has(Role.EDITOR);

    public GlossaryView(GlossaryService glossaries) {
        this.glossaries = glossaries;
        setSizeFull();
        addClassName("glossary-view");
        configureTermbases();
        configureConcepts();
        add(new H2("Glossaries"), termbases);
        if (editor) {
            add(importPanel());
        }
        add(conceptsTitle, conceptToolbar(), concepts);
        refresh();
        glossaries.termbases().stream().findFirst().ifPresent(termbases::select);
    }

    private void configureTermbases() {
        termbases.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        termbases.addColumn(Termbase::name).setHeader("Termbase").setFlexGrow(1).setKey("name");
        termbases.addColumn(t -> String.join(", ", t.languages())).setHeader("Languages").setAutoWidth(true);
        termbases.addColumn(Termbase::concepts).setHeader("Concepts").setAutoWidth(true);
        termbases.addColumn(Termbase::terms).setHeader("Terms").setAutoWidth(true);
        termbases.addColumn(t -> t.origin() == null ? "imported" : "shipped: " + t.origin()).setHeader("Source")
                .setAutoWidth(true);
        termbases.addComponentColumn(this::termbaseActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        termbases.setHeight("14em");
        termbases.getStyle().set("flex-shrink", "0");
        termbases.addSelectionListener(e -> {
            selected = e.getFirstSelectedItem().orElse(null);
            showConcepts();
        });
    }

    private HorizontalLayout termbaseActions(Termbase termbase) {
        HorizontalLayout actions = new HorizontalLayout(exportLink(termbase, TermbaseFiles.Format.TBX, "TBX"),
                exportLink(termbase, TermbaseFiles.Format.CSV, "CSV"));
        Button delete = new Button("Delete", e -> {
            ConfirmDialog dialog = new ConfirmDialog("Delete \"" + termbase.name() + "\"?", "Its " + termbase.concepts()
                    + " concepts are removed; documents are no longer checked against them.", "Delete", ok -> {
                        glossaries.delete(termbase.id());
                        selected = null;
                        refresh();
                        showConcepts();
                    });
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setVisible(editor);
        actions.add(delete);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private Anchor exportLink(Termbase termbase, TermbaseFiles.Format format, String label) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = glossaries.export(termbase.id(), format);
            return new DownloadResponse(new ByteArrayInputStream(bytes), termbase.name()
                    .replaceAll("[^\\p{L}\\p{N}._ -]+", "_") + "." + extension,
                    format == TermbaseFiles.Format.TBX ? "application/x-tbx+xml" : "text/csv", bytes.length);
        }), "Export " + label);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("export-link");
        return anchor;
    }

    private HorizontalLayout importPanel() {
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                importFile(meta.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".tbx", ".xml", ".csv", ".tsv", ".txt");
        Uploads.oneFileAtATime(upload);
        upload.setDropLabel(new Span("TBX or CSV/TSV file"));
        upload.setId("glossary-upload");
        csvLanguages.setPlaceholder("e.g. en, fr");
        csvLanguages.setWidth("18em");
        HorizontalLayout panel = new HorizontalLayout(upload, csvLanguages);
        panel.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        return panel;
    }

    /** Imports a file as a new termbase; a bad file is refused whole with the problem named. */
    void importFile(String fileName, byte[] bytes) {
        List<String> languages = csvLanguages.getValue().isBlank() ? List.of()
                : Arrays.stream(csvLanguages.getValue().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            Termbase termbase = glossaries.importFile(fileName, bytes, languages);
            refresh();
            termbases.select(termbase);
            notify("Imported " + termbase.name() + ": " + termbase.concepts() + " concepts, " + termbase.terms()
                    + " terms.", NotificationVariant.LUMO_SUCCESS);
        } catch (ImportException | IllegalArgumentException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private HorizontalLayout conceptToolbar() {
        search.setPlaceholder("Search terms, definitions, notes");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.addValueChangeListener(e -> showConcepts());
        search.addClassName("concept-search");
        status.setItems(ANY_STATUS, "with a preferred term", "with a deprecated term", "with a forbidden term");
        status.setValue(ANY_STATUS);
        status.setWidth("14em");
        status.addValueChangeListener(e -> showConcepts());
        status.addClassName("concept-status-filter");
        addConcept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addConcept.addClickListener(e -> edit(null));
        addConcept.setVisible(editor);
        HorizontalLayout toolbar = new HorizontalLayout(search, status, addConcept);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void configureConcepts() {
        concepts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        concepts.addComponentColumn(c -> terms(c.concept())).setHeader("Terms").setFlexGrow(3);
        concepts.addColumn(c -> c.concept().subjectField()).setHeader("Subject").setAutoWidth(true);
        concepts.addColumn(c -> c.concept().definition()).setHeader("Definition").setFlexGrow(2);
        concepts.addComponentColumn(c -> {
            Button edit = new Button("Edit", e -> edit(c));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button delete = new Button("Delete", e -> {
                glossaries.deleteConcept(c.id());
                refresh();
                showConcepts();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            edit.setVisible(editor);
            delete.setVisible(editor);
            return new HorizontalLayout(edit, delete);
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        concepts.setSizeFull();
        concepts.addClassName("concept-grid");
    }

    /** The terms of a concept, one chip each, coloured by status. */
    private static Div terms(TermbaseData.Concept concept) {
        Div div = new Div();
        for (TermbaseData.Term t : concept.terms()) {
            Span chip = new Span(t.lang() + " " + t.text());
            chip.addClassNames("term-chip", "term-" + t.status().name().toLowerCase(Locale.ROOT));
            chip.getElement().setAttribute("title", t.status().name().toLowerCase(Locale.ROOT)
                    + (t.caseSensitive() ? ", case-sensitive" : "") + (t.note().isEmpty() ? "" : ": " + t.note()));
            div.add(chip);
        }
        return div;
    }

    private void showConcepts() {
        addConcept.setEnabled(selected != null);
        if (selected == null) {
            conceptsTitle.setText("No termbase selected");
            concepts.setItems(List.of());
            return;
        }
        String filter = status.getValue() == null ? ANY_STATUS : status.getValue();
        List<GlossaryService.ConceptEntry> found = glossaries.concepts(selected.id(), search.getValue()).stream()
                .filter(c -> filter.equals(ANY_STATUS) || c.concept().terms().stream().anyMatch(t -> filter.contains(
                        t.status().name().toLowerCase(Locale.ROOT))))
                .toList();
        conceptsTitle.setText(selected.name() + ": " + found.size() + " concepts");
        concepts.setItems(found);
    }

    private void edit(GlossaryService.ConceptEntry entry) {
        if (selected == null) {
            return;
        }
        long termbaseId = selected.id();
        new ConceptDialog(entry == null ? null : entry.concept(), selected.languages(), concept -> {
            glossaries.saveConcept(termbaseId, entry == null ? null : entry.id(), concept);
            refresh();
            showConcepts();
            notify("Saved.", NotificationVariant.LUMO_SUCCESS);
        }).open();
    }

    private void refresh() {
        Long id = selected == null ? null : selected.id();
        List<Termbase> all = glossaries.termbases();
        termbases.setItems(all);
        if (id != null) {
            all.stream().filter(t -> t.id() == id).findFirst().ifPresent(t -> {
                selected = t;
                termbases.select(t);
            });
        }
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification n = Notification.show(message, variant == NotificationVariant.LUMO_ERROR ? 10000 : 4000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }

    /** Statuses as the dialog offers them. */
    static List<String> statusNames() {
        return Arrays.stream(TermStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toList());
    }
}
