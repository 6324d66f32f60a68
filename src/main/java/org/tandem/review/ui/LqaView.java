package org.tandem.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.tandem.base.ui.MainLayout;
import org.tandem.document.DocumentNotFoundException;
import org.tandem.document.Segment;
import org.tandem.review.LqaReport;
import org.tandem.review.LqaScore;
import org.tandem.review.MqmDimension;
import org.tandem.review.MqmError;
import org.tandem.review.MqmService;
import org.tandem.review.MqmSeverity;
import org.tandem.security.CurrentUser;
import org.tandem.security.Role;

/** A document's LQA: score and pass/fail, errors by dimension and severity, the segments, HTML and CSV downloads. */
@Route(value = "documents/:id/lqa", layout = MainLayout.class)
@PermitAll
public class LqaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MqmService review;
    private long documentId;
    private String title = "LQA report";

    public LqaView(MqmService review) {
        this.review = review;
        addClassName("lqa-view");
    }

    @Override
    public String getPageTitle() {
        return title + " · Tandem";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            documentId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException | DocumentNotFoundException e) {
            removeAll();
            add(new Paragraph("No such document."));
        }
    }

    private void show() {
        removeAll();
        LqaReport report = review.report(documentId);
        LqaScore score = report.score();
        title = "LQA · " + report.document().name();
        add(new H2(title));
        Span result = new Span(score.passed() ? "Pass" : "Fail");
        result.addClassNames("lqa-result", score.passed() ? "pass" : "fail");
        Paragraph summary = new Paragraph(String.format(java.util.Locale.ROOT,
                "Quality score %s (threshold %s) · penalty total %d over %d source words · per-word penalty %.5f",
                LqaReport.number(score.score()), LqaReport.number(score.threshold()), score.penaltyTotal(),
                score.evaluationWords(), score.perWordPenalty()));
        summary.addClassName("lqa-summary");
        HorizontalLayout head = new HorizontalLayout(result, summary);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(head);
        if (score.criticalErrors() > 0) {
            add(new Paragraph("A critical error fails the document whatever its score."));
        }
        if (CurrentUser.has(Role.EDITOR)) {
            NumberField threshold = new NumberField("Pass threshold");
            threshold.setMin(0);
            threshold.setMax(100);
            threshold.setStep(0.5);
            threshold.setValue(score.threshold());
            threshold.addClassName("lqa-threshold");
            Button save = new Button("Set", e -> {
                try {
                    review.setThreshold(documentId, threshold.getValue() == null ? -1 : threshold.getValue());
                    show();
                } catch (IllegalArgumentException ex) {
                    Notification.show(ex.getMessage());
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout set = new HorizontalLayout(threshold, save);
            set.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(set);
        }
        String base = report.document().name().replaceAll("\\.[A-Za-z0-9]+$", "") + ".lqa";
        add(new HorizontalLayout(download("Download HTML", base + ".html", "text/html", true),
                download("Download CSV", base + ".csv", "text/csv", false),
                new Anchor("documents/" + documentId, "Back to the workbench")));
        add(new H3("Errors by dimension and severity"), counts(score));
        add(new H3("Segments with errors"));
        if (report.bySegment().isEmpty()) {
            add(new Paragraph("No MQM error has been marked yet: confirm issues or mark errors in the workbench."));
        }
        report.bySegment().forEach(this::segment);
    }

    private Grid<Map.Entry<MqmDimension, Map<MqmSeverity, Integer>>> counts(LqaScore score) {
        Grid<Map.Entry<MqmDimension, Map<MqmSeverity, Integer>>> grid = new Grid<>();
        grid.addClassName("lqa-counts");
        grid.addColumn(e -> e.getKey().label()).setHeader("Dimension").setAutoWidth(true);
        for (MqmSeverity s : MqmSeverity.values()) {
            grid.addColumn(e -> e.getValue().get(s)).setHeader(s.label() + " (" + s.weight() + ")")
                    .setKey(s.label());
        }
        grid.addColumn(e -> e.getValue().entrySet().stream().mapToInt(c -> c.getValue() * c.getKey().weight()).sum())
                .setHeader("penalty").setKey("penalty");
        grid.setItems(score.counts().entrySet());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void segment(Segment segment, java.util.List<MqmError> errors) {
        Div item = new Div();
        item.addClassName("lqa-segment");
        item.add(new Paragraph("#" + segment.index() + " " + org.tandem.markup.Placeholders.plain(segment.source())));
        item.add(new Paragraph("→ " + org.tandem.markup.Placeholders.plain(segment.targetText())));
        for (MqmError e : errors) {
            Paragraph line = new Paragraph(e.severity().label() + " · " + e.dimension().label() + " / " + e.type()
                    + ": “" + (e.highlighted().isEmpty() ? "(missing)" : e.highlighted()) + "”"
                    + (e.comment() == null ? "" : " — " + e.comment()) + " (" + e.who() + ")");
            line.addClassNames("lqa-error", "mqm-" + e.severity().label());
            item.add(line);
        }
        add(item);
    }

    private Anchor download(String label, String fileName, String type, boolean html) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            LqaReport report = review.report(documentId);
            byte[] bytes = (html ? report.html() : report.csv()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type + ";charset=UTF-8",
                    bytes.length);
        }), label);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("lqa-download");
        return anchor;
    }
}
