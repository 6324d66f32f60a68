package org.tandem.workbench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tandem.document.Segment;
import org.tandem.document.SegmentSaved;
import org.tandem.qa.Issue;
import org.tandem.security.CurrentUser;

/**
 * Saves, status changes and comments by anyone appear in the open workbench without a reload (Vaadin push). A burst
 * (approve all, fix all) is drawn in one UI round. The open segment's editor is never replaced: a change to it is
 * announced, and saving over it shows the conflict view. Segments whose LanguageTool check was pending are checked
 * again when LanguageTool servers answer again.
 */
final class PushedChanges {

    private final Workbench workbench;
    private final Queue<SegmentSaved> received = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drawing = new AtomicBoolean();
    private Runnable unsubscribe;
    private Runnable unsubscribeResumed;

    PushedChanges(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Listens for the document's changes and draws them in this UI. */
    void listen(UI ui) {
        stop();
        Runnable draw = CurrentUser.carried(() -> {
            drawing.set(false);
            List<SegmentSaved> batch = new ArrayList<>();
            for (SegmentSaved next = received.poll(); next != null; next = received.poll()) {
                batch.add(next);
            }
            if (!batch.isEmpty()) {
                show(batch);
            }
        });
        unsubscribe = workbench.services().events().subscribe(workbench.document().id(), saved -> {
            received.add(saved);
            if (drawing.compareAndSet(false, true)) {
                ui.access(draw::run);
            }
        });
        // Segments whose LanguageTool check was pending (no server answered) are checked once servers answer again.
        Runnable recheckPending = CurrentUser.carried(() -> {
            if (workbench.results().all().values().stream().flatMap(List::stream).anyMatch(Issue::pending)) {
                workbench.recheck();
            }
        });
        unsubscribeResumed = workbench.services().checks().onResumed(() -> ui.access(recheckPending::run));
    }

    void stop() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        if (unsubscribeResumed != null) {
            unsubscribeResumed.run();
            unsubscribeResumed = null;
        }
    }

    /**
     * Redraws the rows saved (a save of this view's own is already shown), then progress and issues once. The open
     * segment's editor is left alone: saving over the change then opens the conflict view with both texts.
     */
    void show(List<SegmentSaved> batch) {
        if (batch.stream().anyMatch(SegmentSaved::comments)) {
            workbench.results().reloadThreads();
        }
        boolean texts = false;
        long documentId = workbench.document().id();
        for (long segmentId : batch.stream().map(SegmentSaved::segmentId).distinct().toList()) {
            Segment fresh = workbench.services().documents().segment(documentId, segmentId);
            texts |= batch.stream().anyMatch(e -> e.segmentId() == segmentId && !e.comments());
            var open = workbench.current().filter(row -> row.id() == segmentId);
            if (open.isEmpty()) {
                workbench.grid().refresh(fresh);
            } else if (fresh.version() > open.get().segment().version()) {
                workbench.grid().showSavedByOthers(fresh);
                String who = batch.stream().filter(e -> e.segmentId() == segmentId).reduce((a, b) -> b)
                        .map(SegmentSaved::who).orElse("someone");
                Notification.show("Segment " + fresh.index() + " was just saved by " + who
                        + "; saving yours will show both texts.", 6000, Notification.Position.BOTTOM_END);
            }
        }
        if (texts) {
            workbench.header().updateProgress();
            workbench.recheck();
            workbench.search().run(); // the hits of an open search, in the texts as they are now
        }
    }
}
