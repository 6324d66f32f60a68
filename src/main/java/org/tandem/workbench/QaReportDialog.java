package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.tandem.base.ui.DownloadLink;
import org.tandem.report.QaReport;

/**
 * The QA report to hand over: every open issue grouped by check and severity, with source, target and the flagged
 * span, as a page, CSV or an Excel workbook; optionally with the dismissed issues and who dismissed them, and why.
 */
final class QaReportDialog extends Dialog {

    QaReportDialog(Workbench workbench) {
        setHeaderTitle("QA report");
        addClassName("qa-report-dialog");
        Checkbox dismissed = new Checkbox("Include dismissed issues (who and why)");
        dismissed.addClassName("qa-report-dismissed");
        add(new Paragraph("Every open issue of the document, grouped by check and severity, with the source, the "
                + "target and the flagged words."), dismissed);
        HorizontalLayout links = new HorizontalLayout();
        for (QaReport.Format format : QaReport.Format.values()) {
            String label = switch (format) {
                case HTML -> "Page (HTML)";
                case CSV -> "CSV";
                case XLSX -> "Excel (XLSX)";
            };
            Anchor link = DownloadLink.of(label, () -> {
                QaReport report = workbench.services().issues().report(workbench.document().id(),
                        dismissed.getValue());
                return new DownloadLink.File(report.fileName(format), format.mediaType(), report.render(format));
            });
            link.addClassName("qa-report-" + format.extension());
            links.add(link);
        }
        add(links);
        getFooter().add(new Button("Close", e -> close()));
    }
}
