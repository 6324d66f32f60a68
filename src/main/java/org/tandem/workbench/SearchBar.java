package org.tandem.workbench;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.base.web.ProblemException;
import org.tandem.document.ReplaceService;
import org.tandem.document.ReplaceService.SearchHit;
import org.tandem.document.ReplaceService.Side;
import org.tandem.document.Segment;
import org.tandem.document.TextSearch;

/**
 * Ctrl+F / Ctrl+H: search the whole document (the grid is virtual, so the browser's own search sees only the rows on
 * screen) in source, target or both, as plain text or a regular expression, with or without case, whole words or
 * anywhere. Hits are highlighted in the grid and counted; Enter / Shift+Enter (or F3 / Shift+F3) go to the next or
 * previous one. "Replace all…" previews every change in the targets before anything is saved.
 */
final class SearchBar extends HorizontalLayout {

    private final Workbench workbench;
    private final TextField find = new TextField();
    private final Select<Side> side = new Select<>();
    private final Checkbox matchCase = new Checkbox("Match case");
    private final Checkbox wholeWord = new Checkbox("Whole words");
    private final Checkbox regex = new Checkbox("Regex");
    private final Span count = new Span();
    private final TextField replaceWith = new TextField();
    private final Button replaceOne = new Button("Replace");
    private final Button replaceAll = new Button("Replace all…");
    private List<SearchHit> hits = List.of();
    private Map<Long, List<SearchHit>> bySegment = Map.of();
    private int at = -1;

    SearchBar(Workbench workbench) {
        this.workbench = workbench;
        addClassName("search-bar");
        find.setPlaceholder("Find");
        find.setAriaLabel("Find in the document");
        find.addClassName("search-find");
        find.setClearButtonVisible(true);
        find.setValueChangeMode(ValueChangeMode.LAZY);
        find.addValueChangeListener(e -> run());
        side.setItems(Side.BOTH, Side.SOURCE, Side.TARGET);
        side.setItemLabelGenerator(s -> switch (s) {
            case BOTH -> "Source and target";
            case SOURCE -> "Source";
            case TARGET -> "Target";
        });
        side.setValue(Side.BOTH);
        side.setAriaLabel("Search in");
        side.addClassName("search-side");
        side.addValueChangeListener(e -> run());
        for (Checkbox option : List.of(matchCase, wholeWord, regex)) {
            option.addValueChangeListener(e -> run());
        }
        matchCase.addClassName("search-case");
        wholeWord.addClassName("search-whole-word");
        regex.addClassName("search-regex");
        count.addClassName("search-count");
        count.getElement().setAttribute("aria-live", "polite");
        Button previous = small("↑", "search-previous", () -> next(-1));
        previous.getElement().setAttribute("title", "Previous hit (Shift+Enter, Shift+F3)");
        Button nextButton = small("↓", "search-next", () -> next(1));
        nextButton.getElement().setAttribute("title", "Next hit (Enter, F3)");
        find.addKeyDownListener(Key.ENTER, e -> next(e.getModifiers().contains(KeyModifier.SHIFT) ? -1 : 1));
        find.addKeyDownListener(Key.ESCAPE, e -> close());
        replaceWith.setPlaceholder("Replace with");
        replaceWith.setAriaLabel("Replace with");
        replaceWith.addClassName("search-replace");
        replaceWith.addKeyDownListener(Key.ESCAPE, e -> close());
        replaceOne.addThemeVariants(ButtonVariant.LUMO_SMALL);
        replaceOne.addClassName("search-replace-one");
        replaceOne.getElement().setAttribute("title", "Replace this hit in the target (saved), then go to the next");
        replaceOne.addClickListener(e -> replaceCurrent());
        replaceAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        replaceAll.addClassName("search-replace-all");
        replaceAll.getElement().setAttribute("title", "Replace every hit in the targets, after a preview");
        replaceAll.addClickListener(e -> previewReplaceAll());
        add(find, side, matchCase, wholeWord, regex, previous, nextButton, count, replaceWith, replaceOne, replaceAll,
                small("Close", "search-close", this::close));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setWidthFull();
        setVisible(false);
    }

    private static Button small(String label, String className, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(className);
        return button;
    }

    /** Shows the bar with the search field focused (Ctrl+F), or the replacement field too (Ctrl+H). */
    void open(boolean replacing) {
        setVisible(true);
        replaceWith.setVisible(replacing || !replaceWith.isEmpty());
        replaceAll.setVisible(replaceWith.isVisible());
        replaceOne.setVisible(replaceWith.isVisible());
        if (replacing && !find.isEmpty()) {
            replaceWith.focus();
        } else {
            find.focus();
        }
    }

    /** Hides the bar and its highlights. */
    void close() {
        setVisible(false);
        show(List.of());
        count.setText("");
        workbench.grid().refocus();
    }

    /** The hits in one segment's source or target, for the grid to highlight. */
    List<TextSearch.Hit> hits(long segmentId, Side where) {
        return bySegment.getOrDefault(segmentId, List.of()).stream().filter(h -> h.side() == where)
                .map(h -> new TextSearch.Hit(h.start(), h.end())).toList();
    }

    /** The search as set now, if there is one. */
    Optional<TextSearch> search() {
        if (find.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TextSearch(find.getValue(), regex.getValue(), matchCase.getValue(),
                wholeWord.getValue()));
    }

    /** Searches again (after a change of the search, or of the texts). */
    void run() {
        if (!isVisible()) {
            return;
        }
        count.removeClassName("search-error");
        try {
            Optional<TextSearch> search = search();
            show(search.isEmpty() ? List.of() : replace().search(workbench.document().id(), search.get(),
                    side.getValue()));
            count.setText(search.isEmpty() ? "" : hits.isEmpty() ? "No hits"
                    : hits.size() + (hits.size() == 1 ? " hit" : " hits") + " in " + bySegment.size()
                    + (bySegment.size() == 1 ? " segment" : " segments"));
        } catch (ProblemException | IllegalArgumentException e) {
            show(List.of());
            count.setText(e.getMessage());
            count.addClassName("search-error");
        }
    }

    private void show(List<SearchHit> found) {
        hits = List.copyOf(found);
        Map<Long, List<SearchHit>> grouped = new LinkedHashMap<>();
        found.forEach(hit -> grouped.computeIfAbsent(hit.segmentId(), k -> new ArrayList<>()).add(hit));
        bySegment = grouped;
        at = -1;
        workbench.grid().refreshAll();
    }

    /** Goes to the next hit ({@code 1}) or the previous one ({@code -1}), round the document. */
    void next(int direction) {
        if (!isVisible()) {
            open(false);
            return;
        }
        if (hits.isEmpty()) {
            return;
        }
        goTo(at < 0 && direction < 0 ? hits.size() - 1 : Math.floorMod(at + direction, hits.size()));
    }

    /** Makes hit {@code index} the current one: its segment opened, the search field keeping the keyboard. */
    private void goTo(int index) {
        at = index;
        SearchHit hit = hits.get(at);
        Segment segment = workbench.services().documents().segment(workbench.document().id(), hit.segmentId());
        workbench.grid().scrollToIndex(segment.index() - 1);
        workbench.open(new SegmentRow(segment));
        count.setText((at + 1) + " of " + hits.size() + (hits.size() == 1 ? " hit" : " hits"));
        find.focus();
    }

    /**
     * "Replace": the current hit, or the next one in a target, replaced and saved like a typed edit of the open
     * segment (what is typed there is saved first, as leaving the editor does); then the next hit.
     */
    void replaceCurrent() {
        if (!isVisible()) {
            return;
        }
        // the current hit if it is in a target, else the next one that is (round the document)
        int from = Math.max(at, 0);
        java.util.OptionalInt target = java.util.stream.IntStream.range(0, hits.size())
                .map(i -> (from + i) % hits.size()).filter(i -> hits.get(i).side() == Side.TARGET).findFirst();
        if (target.isEmpty()) {
            Workbench.error("No hit in a target to replace.");
            return;
        }
        if (target.getAsInt() != at) {
            goTo(target.getAsInt());
        }
        SearchHit hit = hits.get(at);
        try {
            Optional<TextSearch> search = search();
            workbench.onCurrent(row -> search.flatMap(s -> s.replaceOne(row.segment().targetText(),
                    new TextSearch.Hit(hit.start(), hit.end()), replaceWith.getValue())).ifPresent(after -> {
                        if (workbench.edits().save(row, after, null)) {
                            workbench.grid().showStoredText();
                        }
                    }));
        } catch (ProblemException | IllegalArgumentException e) {
            Workbench.error(e.getMessage());
            return;
        }
        int done = at;
        run();
        // the hits after the replaced one keep their order: go on from there
        at = Math.min(done, hits.size()) - 1;
        if (!hits.isEmpty()) {
            next(1);
        }
    }

    /** "Replace all…": the preview of every change in the targets, to confirm, leave out single ones, or cancel. */
    void previewReplaceAll() {
        Optional<TextSearch> search;
        List<ReplaceService.Change> changes;
        try {
            search = search();
            if (search.isEmpty()) {
                Workbench.error("Type what to search for first.");
                return;
            }
            changes = replace().preview(workbench.document().id(), search.get(), replaceWith.getValue());
        } catch (ProblemException | IllegalArgumentException e) {
            Workbench.error(e.getMessage());
            return;
        }
        if (changes.isEmpty()) {
            Workbench.error("Nothing to replace: no target has a hit.");
            return;
        }
        new ReplacePreviewDialog(changes, chosen -> applied(replace().apply(workbench.document().id(), chosen)))
                .open();
    }

    private void applied(ReplaceService.Result result) {
        workbench.say("Replaced in " + result.changes().size() + (result.changes().size() == 1 ? " segment"
                : " segments") + (result.skipped().isEmpty() ? "." : "; " + result.skipped().size() + " skipped."));
        ReplacePreviewDialog.done(result, () -> {
            ReplaceService.Result undone = replace().undo(workbench.document().id(), result);
            workbench.say("Undid the replacement in " + undone.changes().size()
                    + (undone.changes().size() == 1 ? " segment" : " segments")
                    + (undone.skipped().isEmpty() ? "." : "; " + undone.skipped().size() + " changed since, kept."));
            afterChange();
            return undone;
        });
        afterChange();
    }

    private void afterChange() {
        workbench.recheck();
        workbench.header().updateProgress();
        run();
    }

    private ReplaceService replace() {
        return workbench.services().replace();
    }
}
