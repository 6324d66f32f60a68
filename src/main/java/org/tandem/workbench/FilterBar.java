package org.tandem.workbench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.document.SegmentStatus;

/**
 * Filters beyond the issues (which the header's box chooses): statuses, comments, notes, changed since import and a
 * text in source or target, all combined. Every change is written into the address, so that the filtered view can be
 * shared or bookmarked; opening such an address applies it.
 */
final class FilterBar extends HorizontalLayout {

    private final Workbench workbench;
    private final IssueFilter issues;
    private final MultiSelectComboBox<SegmentStatus> statuses = new MultiSelectComboBox<>();
    private final Select<SegmentFilter.Comments> comments = new Select<>();
    private final Checkbox notes = new Checkbox("Has notes");
    private final Checkbox changed = new Checkbox("Changed since import");
    private final TextField text = new TextField();
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean applying;

    FilterBar(Workbench workbench, IssueFilter issues) {
        this.workbench = workbench;
        this.issues = issues;
        addClassName("filter-bar");
        statuses.setItems(SegmentStatus.values());
        statuses.setItemLabelGenerator(s -> s.name().toLowerCase(Locale.ROOT));
        statuses.setPlaceholder("Any status");
        statuses.setAriaLabel("Status");
        statuses.addClassName("filter-status");
        comments.setItems(SegmentFilter.Comments.values());
        comments.setItemLabelGenerator(c -> switch (c) {
            case ANY -> "Any comments";
            case WITH_COMMENTS -> "With comments";
            case OPEN_THREADS -> "Open threads";
        });
        comments.setValue(SegmentFilter.Comments.ANY);
        comments.setAriaLabel("Comments");
        comments.addClassName("filter-comments");
        notes.addClassName("filter-notes");
        changed.addClassName("filter-changed");
        text.setPlaceholder("Text in source or target");
        text.setAriaLabel("Text in source or target");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addClassName("filter-text");
        statuses.addValueChangeListener(e -> changed());
        comments.addValueChangeListener(e -> changed());
        notes.addValueChangeListener(e -> changed());
        changed.addValueChangeListener(e -> changed());
        text.addValueChangeListener(e -> changed());
        issues.addValueChangeListener(e -> changed());
        Button clear = new Button("Clear filters", e -> {
            apply(SegmentFilter.NONE);
            writeAddress();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        clear.addClassName("filter-clear");
        add(statuses, comments, notes, changed, text, clear);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setWidthFull();
        setVisible(false);
    }

    /** The filter as set now, the header's issue choice included. */
    SegmentFilter current() {
        return new SegmentFilter(statuses.getValue(), issues.criterion(), comments.getValue(), notes.getValue(),
                changed.getValue(), text.getValue());
    }

    /** Sets every control to the filter (from an address), showing the bar when it filters beyond issues. */
    void apply(SegmentFilter filter) {
        applying = true;
        try {
            statuses.setValue(filter.statuses());
            comments.setValue(filter.comments());
            notes.setValue(filter.notes());
            changed.setValue(filter.changed());
            text.setValue(filter.text() == null ? "" : filter.text());
            issues.select(filter.issues());
        } finally {
            applying = false;
        }
        if (!filter.withIssues(null).showsAll()) {
            setVisible(true);
        }
        // the address this came from says it already
        listeners.forEach(Runnable::run);
    }

    /** Shows or hides the bar (hiding keeps the filter). */
    void toggle() {
        setVisible(!isVisible());
    }

    /** Calls the listener after each change of the filter. */
    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        if (applying) {
            return;
        }
        listeners.forEach(Runnable::run);
        writeAddress();
    }

    private void writeAddress() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("documents/"
                + workbench.document().id(), new QueryParameters(current().query())));
    }
}
