package org.tandem.workbench;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.qa.CheckInfo;
import org.tandem.qa.Issue;
import org.tandem.qa.Severity;

/** Which segments the grid shows: all, those with issues, with major ones, or with issues of one check. */
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

    boolean showsAll() {
        return getValue() == null || ALL.equals(getValue());
    }

    /** Whether a segment with these issues passes the filter. */
    boolean lets(List<Issue> found) {
        String choice = getValue();
        if (showsAll()) {
            return true;
        }
        if (WITH_ISSUES.equals(choice)) {
            return !found.isEmpty();
        }
        if (MAJOR.equals(choice)) {
            return found.stream().anyMatch(i -> i.severity().compareTo(Severity.MAJOR) >= 0);
        }
        String check = checks.get(choice);
        return found.stream().anyMatch(i -> i.checkId().equals(check));
    }
}
