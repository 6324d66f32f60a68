package org.tandem.workbench;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.qa.CheckInfo;

/** The header's choice of segments by their issues: all, with issues, with major ones, or of one check. */
final class IssueFilter extends ComboBox<String> {

    static final String ALL = "all segments";
    static final String WITH_ISSUES = "with issues";
    static final String MAJOR = "major or critical";
    static final String CHECK = "check: ";

    /** Check ids by the label that names them. */
    private final Map<String, String> checks = new LinkedHashMap<>();

    IssueFilter(List<CheckInfo> all) {
        List<String> choices = new ArrayList<>(List.of(ALL, WITH_ISSUES, MAJOR));
        for (CheckInfo check : all) {
            checks.put(CHECK + check.name(), check.id());
        }
        choices.addAll(checks.keySet());
        setItems(choices);
        setValue(ALL);
        setAriaLabel("Show");
        setWidth("13em");
        addClassName("issue-filter");
    }

    /** The choice as a {@link SegmentFilter} criterion: null (all), any, major, or a check id. */
    String criterion() {
        String choice = getValue();
        if (choice == null || ALL.equals(choice)) {
            return null;
        }
        if (WITH_ISSUES.equals(choice)) {
            return SegmentFilter.WITH_ISSUES;
        }
        if (MAJOR.equals(choice)) {
            return SegmentFilter.MAJOR;
        }
        return checks.get(choice);
    }

    /** Chooses what a {@link SegmentFilter} criterion names; one naming no check chooses all. */
    void select(String criterion) {
        if (criterion == null) {
            setValue(ALL);
        } else if (SegmentFilter.WITH_ISSUES.equals(criterion)) {
            setValue(WITH_ISSUES);
        } else if (SegmentFilter.MAJOR.equals(criterion)) {
            setValue(MAJOR);
        } else {
            setValue(checks.entrySet().stream().filter(e -> e.getValue().equals(criterion)).map(Map.Entry::getKey)
                    .findFirst().orElse(ALL));
        }
    }
}
