package org.tandem.workbench;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.tandem.base.ui.MainLayout;
import org.tandem.document.Document;
import org.tandem.document.DocumentNotFoundException;

/**
 * The workbench: source beside target, one row per segment, loaded lazily, with the open segment's issues, terms
 * and MQM errors beside it. The current row's target is an editor; leaving it saves, Ctrl+Enter saves, confirms and
 * moves on. This view only composes: each part is a class of its own in this package.
 */
@Route(value = "documents/:id", layout = MainLayout.class)
@PermitAll
@JsModule("context://js/term-selection.js")
public class WorkbenchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkbenchServices services;
    private Workbench workbench;
    private PushedChanges pushes;

    WorkbenchView(WorkbenchServices services) {
        this.services = services;
        setSizeFull();
        addClassName("workbench");
    }

    static RouteParameters parameters(long documentId) {
        return new RouteParameters("id", String.valueOf(documentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("id").flatMap(WorkbenchView::parseId);
        Document document;
        try {
            document = services.documents().document(id.orElseThrow(
                    () -> new DocumentNotFoundException("No such document.")));
        } catch (DocumentNotFoundException e) {
            Notification.show(e.getMessage() + " It may have been deleted.", 5000, Notification.Position.MIDDLE);
            event.forwardTo("");
            return;
        }
        if (pushes != null) {
            pushes.stop();
        }
        removeAll();
        workbench = new Workbench(services, document);
        pushes = new PushedChanges(workbench);
        VerticalLayout scope = new VerticalLayout(workbench.header(), workbench.search(), workbench.filters(),
                workbench.body());
        scope.setSizeFull();
        scope.setPadding(false);
        add(scope);
        WorkbenchShortcuts.register(workbench, scope);
        services.checks().notices(document.sourceLang(), document.targetLang())
                .forEach(notice -> Notification.show(notice, 8000, Notification.Position.TOP_CENTER));
        workbench.filters().apply(SegmentFilter.of(event.getLocation().getQueryParameters().getParameters()));
        workbench.checkDocument();
        getUI().ifPresent(pushes::listen);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (workbench == null ? "Workbench" : workbench.document().name()) + " · Tandem";
    }

    /** Saves by others appear without reloading (Vaadin push). */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (pushes != null) {
            pushes.listen(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pushes != null) {
            pushes.stop();
        }
        super.onDetach(event);
    }
}
