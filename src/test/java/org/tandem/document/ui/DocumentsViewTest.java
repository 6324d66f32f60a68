package org.tandem.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.KaribuTest;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;

/** The document list as a project manager uses it: upload, see errors, delete. */
class DocumentsViewTest extends KaribuTest {





    @BeforeEach
    void openDocuments() {
        UI.getCurrent().navigate(DocumentsView.class);
    }


    private static String notificationText() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text", "")
                + n.getChildren().map(c -> c.getElement().getTextRecursively()).reduce("", String::concat))
                .reduce("", String::concat);
    }

    @Test
    void uploading_an_xliff_file_imports_it() throws Exception {
        int before = documents.documents().size();
        byte[] xliff = resource("/xliff/inline.xlf");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("xliff-upload")), "uploaded.xlf",
                "application/xliff+xml", xliff);
        assertThat(documents.documents()).hasSize(before + 1);
        assertThat(notificationText()).contains("Imported uploaded.xlf: 2 segments, en → de");
    }

    @Test
    void a_broken_upload_shows_the_file_and_the_problem_and_stores_nothing() {
        int before = documents.documents().size();
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("xliff-upload")), "broken.xlf",
                "application/xliff+xml", "<xliff version=\"1.2\"><file".getBytes(StandardCharsets.UTF_8));
        assertThat(documents.documents()).hasSize(before);
        assertThat(notificationText()).contains("Import failed, nothing was stored. broken.xlf: line 1");
    }

    @Test
    void delete_asks_first_and_then_removes_the_document() throws Exception {
        byte[] xliff = resource("/xliff/inline.xlf");
        Document doc = documents.importXliff("to-delete.xlf", xliff, null, false, DocumentService.ImportProgress.NONE);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(DocumentsView.workbench(doc.id()));
        UI.getCurrent().navigate(DocumentsView.class);
        com.vaadin.flow.component.grid.Grid<?> grid = _get(com.vaadin.flow.component.grid.Grid.class);
        int row = -1;
        for (int i = 0; i < com.github.mvysny.kaributesting.v10.GridKt._size(grid); i++) {
            if (com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, i, "name")
                    .getElement().getTextRecursively().equals("to-delete.xlf")) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        var actions = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "actions");
        com.vaadin.flow.component.button.Button delete = (com.vaadin.flow.component.button.Button) actions
                .getChildren().filter(c -> c instanceof com.vaadin.flow.component.button.Button b
                        && "Delete".equals(b.getText())).findFirst().orElseThrow();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(delete);
        assertThat(documents.documents()).extracting(Document::id).contains(doc.id());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(documents.documents()).extracting(Document::id).doesNotContain(doc.id());
    }
}
