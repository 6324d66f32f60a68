package org.tandem.document;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Stored changes of a document's segments (target, status, comments), delivered to whoever listens, such as open
 * workbenches, in this instance and in the others on the same PostgreSQL database ({@link SegmentEventsRepository}). Listeners are called on a thread of their own, never the saving one: a listener may lock another
 * user's UI session, which Vaadin refuses on a thread that holds a session lock already.
 */
@Component
public class SegmentEvents {

    private record Subscription(long documentId, Consumer<SegmentSaved> listener) {
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final SegmentEventsRepository otherInstances;
    private final Executor notifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "segment-events");
        t.setDaemon(true);
        return t;
    });

    SegmentEvents(SegmentEventsRepository otherInstances) {
        this.otherInstances = otherInstances;
        otherInstances.listen(this::deliver);
    }

    /**
     * Calls the listener after each stored change of a segment of the document (by anyone, this session included).
     * Returns what ends the subscription.
     */
    public Runnable subscribe(long documentId, Consumer<SegmentSaved> listener) {
        Subscription subscription = new Subscription(documentId, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /**
     * Tells the document's listeners that a change is stored (call it after the commit), here and, on a shared
     * PostgreSQL database, in the other instances.
     */
    public void publish(SegmentSaved event) {
        deliver(event);
        otherInstances.send(event);
    }

    private void deliver(SegmentSaved event) {
        for (Subscription s : subscriptions) {
            if (s.documentId() == event.documentId()) {
                notifier.execute(() -> s.listener().accept(event));
            }
        }
    }
}
