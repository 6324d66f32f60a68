package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.tandem.memory.MemoryMatch;
import org.tandem.memory.MemoryService;

/**
 * Beside the grid, below the glossary: the translation memory's best matches for the open segment's source, each
 * with its percentage, its source's differences to this one (struck: only in the match; underlined: only here), its
 * target, where and when it was approved, and the other targets the memory holds for the same source. A click or
 * Ctrl+Shift+n puts match n into the target.
 */
final class MemoryPanel extends VerticalLayout {

    /** Matches shown beside a segment. */
    static final int SHOWN = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final Consumer<MemoryMatch> insert;
    private final Runnable concordance;
    private List<MemoryMatch> matches = List.of();

    MemoryPanel(Consumer<MemoryMatch> insert, Runnable concordance) {
        this.insert = insert;
        this.concordance = concordance;
        addClassName("memory-panel");
        setPadding(true);
        setSpacing(false);
        show(List.of(), false);
    }

    /** Match n (1-based) as shown now. */
    Optional<MemoryMatch> match(int n) {
        return n >= 1 && n <= matches.size() ? Optional.of(matches.get(n - 1)) : Optional.empty();
    }

    void show(List<MemoryMatch> found, boolean segmentOpen) {
        matches = found.stream().limit(SHOWN).toList();
        removeAll();
        add(new H4("Translation memory"));
        if (!segmentOpen) {
            add(new Paragraph("Click a segment to see earlier translations of its source."));
            return;
        }
        if (matches.isEmpty()) {
            Paragraph none = new Paragraph("No earlier translation of " + MemoryService.DEFAULT_MIN_SCORE
                    + " % or more.");
            none.addClassName("no-matches");
            add(none);
        }
        for (int i = 0; i < matches.size(); i++) {
            add(item(matches.get(i), i + 1));
        }
        Button search = new Button("Concordance… (Ctrl+K)", e -> concordance.run());
        search.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        search.addClassName("open-concordance");
        add(search);
    }

    private Div item(MemoryMatch match, int n) {
        Div item = new Div();
        item.addClassName("memory-match");
        Span score = new Span(match.score() + " %");
        score.addClassNames("memory-score", match.score() == 100 ? "memory-exact" : match.score() >= 85
                ? "memory-high" : "memory-fuzzy");
        Button use = new Button("Use", e -> insert.accept(match));
        use.addThemeVariants(ButtonVariant.LUMO_SMALL);
        use.addClassName("memory-insert");
        use.getElement().setAttribute("title", "Put this translation into the target (Ctrl+Shift+" + n + ")");
        Span where = new Span(where(match));
        where.addClassName("memory-origin");
        Div head = new Div(score, use, where);
        head.addClassName("memory-head");
        Div source = new Div();
        source.addClassName("memory-source");
        for (MemoryMatch.Part part : match.sourceDiff()) {
            // inline codes as the grid's chips
            source.add(SegmentText.render(part.text(), List.of(), switch (part.kind()) {
                case ADDED -> "diff-added";
                case REMOVED -> "diff-removed";
                case SAME -> "diff-same";
            }));
        }
        Div target = new Div(SegmentText.render(match.unit().target(), List.of(), "memory-target-text"));
        target.addClassName("memory-target");
        item.add(head, source, target);
        if (!match.otherTargets().isEmpty()) {
            Div others = new Div(new Span("Inconsistent: the same source was also approved as "
                    + String.join(" · ", match.otherTargets().stream().map(t -> "“" + t + "”").toList())));
            others.addClassName("memory-inconsistent");
            item.add(others);
        }
        return item;
    }

    private static String where(MemoryMatch match) {
        return match.unit().origin() + " · " + match.unit().createdBy() + " · " + DAY.format(match.unit().createdAt())
                + (match.count() > 1 ? " · " + match.count() + "×" : "");
    }
}
