package org.tandem.workbench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.tandem.document.Document;
import org.tandem.document.Segment;
import org.tandem.qa.Issue;
import org.tandem.security.CurrentUser;
import org.tandem.security.Role;

/**
 * One document open in the workbench: its parts (header, grid, side panel) and what they do together, such as
 * opening a segment or checking again after a change. The view builds one per document it shows.
 */
final class Workbench {

    /** Documents up to this size are checked before the page shows; larger ones in the background. */
    static final int CHECK_IN_BACKGROUND_ABOVE = 100;

    private final WorkbenchServices services;
    private final Document document;
    private final boolean editor;
    private final CheckResults results;
    private final WorkbenchHeader header;
    private final SegmentGrid grid;
    private final SidePanel side;
    private final EditFlow edits;
    private final ReviewActions review;
    private final HorizontalLayout body;
    private final SearchBar search;
    private final FilterBar filters;

    Workbench(WorkbenchServices services, Document document) {
        this.services = services;
        this.document = document;
        this.editor = CurrentUser.has(Role.EDITOR);
        this.results = new CheckResults(services, document.id());
        this.edits = new EditFlow(this);
        this.review = new ReviewActions(this);
        IssueFilter filter = new IssueFilter(services.checks().checks());
        this.filters = new FilterBar(this, filter);
        this.header = new WorkbenchHeader(this, filter);
        this.grid = new SegmentGrid(this, filters);
        this.side = new SidePanel(this);
        this.search = new SearchBar(this);
        this.body = new HorizontalLayout(grid, side);
        body.setSizeFull();
        body.expand(grid);
    }

    WorkbenchServices services() {
        return services;
    }

    Document document() {
        return document;
    }

    /** Whether the signed-in user is an editor (reviews, approves, exports); else a translator. */
    boolean editor() {
        return editor;
    }

    CheckResults results() {
        return results;
    }

    WorkbenchHeader header() {
        return header;
    }

    SegmentGrid grid() {
        return grid;
    }

    SidePanel side() {
        return side;
    }

    EditFlow edits() {
        return edits;
    }

    ReviewActions review() {
        return review;
    }

    HorizontalLayout body() {
        return body;
    }

    SearchBar search() {
        return search;
    }

    FilterBar filters() {
        return filters;
    }

    Optional<SegmentRow> current() {
        return grid.current();
    }

    void onCurrent(Consumer<SegmentRow> action) {
        grid.current().ifPresent(action);
    }

    /** Makes a row the current one: its target becomes the editor, the side panel shows its issues and terms. */
    void open(SegmentRow row) {
        if (grid.isCurrent(row)) {
            return;
        }
        grid.makeCurrent(row);
        side.show(row);
    }

    /** Opens the segment at a 1-based index, if there is one. */
    void openIndex(int index) {
        if (index < 1 || index > document.segmentCount()) {
            return;
        }
        List<Segment> found = services.documents().segments(document.id(), index - 1, 1);
        if (!found.isEmpty()) {
            grid.scrollToIndex(index - 1);
            open(new SegmentRow(found.get(0)));
        }
    }

    /** Checks the whole document: at once when small, else in the background with progress in the header. */
    void checkDocument() {
        if (document.segmentCount() <= CHECK_IN_BACKGROUND_ABOVE) {
            results.set(services.issues().issues(document.id()));
            header.totals(results.totals());
            return;
        }
        header.totals("Checking…");
        UI ui = UI.getCurrent();
        CompletableFuture.supplyAsync(() -> services.issues().issues(document.id(), (done, total) -> {
            if (done % 50 == 0) {
                ui.access(() -> header.totals("Checking " + done + "/" + total + "…"));
            }
        }), CurrentUser.background()).whenComplete((found, failure) -> ui.access(CurrentUser.carried(() -> {
            if (failure != null) {
                header.totals("Checking failed");
                error("Checking failed: " + failure.getMessage());
                return;
            }
            results.set(found);
            header.totals(results.totals());
            grid.refreshAll();
            current().ifPresent(side::showIssues);
        })::run));
    }

    /** Re-runs the checks (cached per unchanged segment) and redraws the rows whose issues changed. */
    void recheck() {
        Map<Long, List<Issue>> before = results.all();
        results.set(services.issues().issues(document.id()));
        for (Map.Entry<Long, List<Issue>> entry : results.all().entrySet()) {
            if (!entry.getValue().equals(before.get(entry.getKey()))) {
                Optional<SegmentRow> open = current().filter(row -> row.id() == entry.getKey());
                if (open.isPresent()) {
                    if (results.fitsText(open.get())) {
                        grid.refresh(open.get());
                    } else {
                        grid.showSavedByOthers(services.documents().segment(document.id(), entry.getKey()));
                    }
                } else {
                    grid.refresh(services.documents().segment(document.id(), entry.getKey()));
                }
            }
        }
        header.totals(results.totals());
        current().filter(results::fitsText).ifPresent(side::showIssues);
    }

    /** What was just done, in the header. */
    void say(String text) {
        header.say(text);
    }

    static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
