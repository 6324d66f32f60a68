package org.tandem.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tandem.security.SignedIn.as;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.security.Role;

/** A save by someone else reaches an open workbench without a reload (delivered with UI.access, pushed). */
class WorkbenchPushTest extends WorkbenchTest {

    @Test
    void another_users_save_appears_in_the_open_workbench() {
        Document doc = documents.importTextPair("push.es.txt", "Hola.\n\nAdiós.".getBytes(StandardCharsets.UTF_8),
                "push.en.txt", "Hello.\n\nBye.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        openWorkbench(doc.id());
        @SuppressWarnings("unchecked")
        Grid<SegmentRow> grid = _get(Grid.class, s -> s.withClasses("workbench-grid"));
        assertThat(text(GridKt._getCellComponent(grid, 1, "target"))).contains("Bye.");
        Segment second = documents.segments(doc.id()).get(1);

        as("ben", Role.TRANSLATOR, () -> documents.saveTarget(doc.id(), second.id(), "Goodbye.", second.version(),
                null));

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(text(GridKt._getCellComponent(grid, 1, "target"))).contains("Goodbye.");
        });
    }

    @Test
    void a_change_to_the_open_segment_is_announced_and_the_editor_kept() {
        Document doc = documents.importTextPair("push2.es.txt", "Hola.".getBytes(StandardCharsets.UTF_8),
                "push2.en.txt", "Hello.".getBytes(StandardCharsets.UTF_8), "es", "en-US",
                DocumentService.ImportProgress.NONE);
        openWorkbench(doc.id());
        Segment first = documents.segments(doc.id()).get(0);
        clickSegment(first);

        as("ben", Role.TRANSLATOR, () -> documents.saveTarget(doc.id(), first.id(), "Hi.", first.version(), null));

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                    .anySatisfy(n -> assertThat(n.getElement().getProperty("text", "")
                            + n.getElement().getTextRecursively()).contains("Segment 1 was just saved by ben"));
        });
    }
}
