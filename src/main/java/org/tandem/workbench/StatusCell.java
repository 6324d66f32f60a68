package org.tandem.workbench;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.qa.Issue;
import org.tandem.qa.Severity;

/** The status column: where the segment stands, its open comment threads, why it was rejected, its issues. */
final class StatusCell {

    private StatusCell() {
    }

    static Div of(Segment segment, List<Issue> found, int openThreads) {
        Div cell = new Div();
        fill(cell, segment, found, openThreads);
        return cell;
    }

    /** Draws the cell's content anew, in place (the open row's cell is updated so, never re-created). */
    static void fill(Div cell, Segment segment, List<Issue> found, int openThreads) {
        cell.removeAll();
        cell.getElement().removeAttribute("title");
        cell.add(label(segment.status()));
        if (openThreads > 0) {
            Span talk = new Span(openThreads + (openThreads == 1 ? " thread" : " threads"));
            talk.addClassName("comment-count");
            talk.getElement().setAttribute("title", openThreads + " open comment thread" + (openThreads == 1 ? ""
                    : "s"));
            cell.add(talk);
        }
        if (segment.statusReason() != null) {
            cell.getElement().setAttribute("title", "Rejected: " + segment.statusReason());
            Span reason = new Span(segment.statusReason());
            reason.addClassName("status-reason");
            cell.add(reason);
        }
        if (!found.isEmpty()) {
            Span count = new Span("● " + found.size());
            Severity worst = found.stream().map(Issue::severity).max(Comparator.naturalOrder()).orElseThrow();
            count.addClassNames("issue-count", "severity-" + worst.label());
            count.getElement().setAttribute("title", found.size() + " issues, worst " + worst.label());
            cell.add(count);
        }
    }

    private static Span label(SegmentStatus status) {
        Span span = new Span(switch (status) {
            case NEW -> "new";
            case TRANSLATED -> "translated";
            case REVIEWED -> "✔ reviewed";
            case APPROVED -> "✔✔ approved";
            case REJECTED -> "✘ rejected";
        });
        span.addClassName("status-" + status.name().toLowerCase(Locale.ROOT));
        return span;
    }
}
