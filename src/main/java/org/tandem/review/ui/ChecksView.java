package org.tandem.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.base.ui.DownloadLink;
import org.tandem.base.ui.MainLayout;
import org.tandem.qa.Severity;
import org.tandem.review.CheckSettingsService;
import org.tandem.review.IssueService;
import org.tandem.review.CheckSettingsService.CheckRow;

/**
 * Editors see, per language pair, how often reviewers kept each check's findings (a suggestion applied) or dismissed
 * them, switch a check or LanguageTool rule off, or give it another severity. A check kept under the threshold is
 * reported as a hint, with that reason. The profile downloads for the batch command ({@code check --profile}).
 */
@Route(value = "checks", layout = MainLayout.class)
@Menu(title = "Checks", order = 2.5)
@PageTitle("Checks · Tandem")
@RolesAllowed("EDITOR")
public class ChecksView extends VerticalLayout {

    /** "Its own severity" in the severity menu. */
    static final String OWN = "its own";

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

    private final CheckSettingsService settings;
    private final IssueService issues;
    private final Select<String> pair = new Select<>();
    private final Grid<CheckRow> grid = new Grid<>();
    private final Grid<IssueService.ScopedDismissal> scoped = new Grid<>();
    private final H3 scopedTitle = new H3();

    public ChecksView(CheckSettingsService settings, IssueService issues) {
        this.settings = settings;
        this.issues = issues;
        addClassName("checks-view");
        setSizeFull();
        pair.setLabel("Language pair");
        pair.setItemLabelGenerator(p -> p.replace("-", " → "));
        pair.addValueChangeListener(e -> refresh());
        grid.addClassName("checks-grid");
        grid.addColumn(CheckRow::name).setHeader("Check").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.decisions() == 0 ? "—" : r.applied() + " of " + r.decisions())
                .setHeader("Kept").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.precision() < 0 ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * r.precision()))
                .setHeader("Precision").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::enabled).setHeader("On").setKey("on").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::severity).setHeader("Severity").setKey("severity").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span status = new Span(r.hint() != null ? r.hint() : r.description());
            status.addClassName(r.hint() != null ? "check-hint" : "check-description");
            return status;
        }).setHeader("What it finds / why it is a hint").setKey("about").setFlexGrow(1);
        grid.setWidthFull();
        grid.setMinHeight("20em");
        add(new H2("Checks"), new Paragraph("Precision is the share of a check's findings that reviewers kept "
                        + "(applied a suggestion) rather than dismissed, in this language pair. Under "
                        + Math.round(100 * CheckSettingsService.HINT_PRECISION) + " % over "
                        + CheckSettingsService.HINT_DECISIONS + " or more decisions a check is shown as a hint. "
                        + "Settings apply in the workbench, the REST API and, through the downloaded profile, the batch "
                        + "command."),
                new HorizontalLayout(pair, DownloadLink.of("Download profile", () -> new DownloadLink.File(
                        "tandem-check-profile.json", "application/json", settings.exportProfile()))), grid);
        scoped.addClassName("scoped-dismissals");
        scoped.addColumn(IssueService.ScopedDismissal::where).setHeader("Where").setAutoWidth(true);
        scoped.addColumn(IssueService.ScopedDismissal::checkKey).setHeader("Check").setAutoWidth(true);
        scoped.addColumn(d -> d.covered() == null ? "every finding" : "“" + d.covered() + "”").setHeader("Text")
                .setAutoWidth(true);
        scoped.addColumn(d -> d.who() + ", " + WHEN.format(d.at())
                + (d.reason() == null ? "" : ": " + d.reason())).setHeader("Dismissed by").setFlexGrow(1);
        scoped.addComponentColumn(d -> {
            com.vaadin.flow.component.button.Button lift = new com.vaadin.flow.component.button.Button("Lift",
                    e -> {
                        issues.lift(d);
                        Notification.show(d.checkKey() + " is reported again " + d.where() + ".");
                        refresh();
                    });
            lift.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            return lift;
        }).setKey("lift").setAutoWidth(true);
        scoped.setAllRowsVisible(true);
        add(scopedTitle, scoped);
        expand(grid);
        List<String> pairs = settings.pairs();
        pair.setItems(pairs);
        if (!pairs.isEmpty()) {
            pair.setValue(pairs.get(0));
        }
    }

    private void refresh() {
        grid.setItems(pair.getValue() == null ? List.of() : settings.rows(pair.getValue()));
        List<IssueService.ScopedDismissal> dismissed = pair.getValue() == null ? List.of()
                : issues.scopedDismissals(pair.getValue());
        scoped.setItems(dismissed);
        scoped.setVisible(!dismissed.isEmpty());
        scopedTitle.setText(dismissed.isEmpty() ? "No findings dismissed for a whole document or everywhere"
                : "Dismissed for a whole document or everywhere");
    }

    private Checkbox enabled(CheckRow row) {
        Checkbox on = new Checkbox(row.enabled());
        on.setAriaLabel(row.name() + " on");
        on.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(row, e.getValue(), row.severity(), row.name() + (e.getValue() ? " is on." : " is off.")
                        + " (" + pair.getValue().replace("-", " → ") + ")");
            }
        });
        return on;
    }

    private Select<String> severity(CheckRow row) {
        Select<String> select = new Select<>();
        List<String> items = new ArrayList<>(List.of(OWN));
        for (Severity s : Severity.values()) {
            items.add(s.label());
        }
        select.setItems(items);
        select.setValue(row.severity() == null ? OWN : row.severity().label());
        select.setAriaLabel("Severity of " + row.name());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Severity chosen = OWN.equals(e.getValue()) ? null
                        : Severity.valueOf(e.getValue().toUpperCase(Locale.ROOT));
                change(row, row.enabled(), chosen, row.name() + ": severity " + e.getValue() + ".");
            }
        });
        return select;
    }

    private void change(CheckRow row, boolean enabled, Severity severity, String done) {
        settings.set(row.pair(), row.key(), enabled, severity);
        Notification.show(done);
        refresh();
    }
}
