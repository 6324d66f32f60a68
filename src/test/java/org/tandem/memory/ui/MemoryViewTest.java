package org.tandem.memory.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.KaribuTest;
import org.tandem.memory.MemoryService;
import org.tandem.security.Role;

/** The memory's page: editors load TMX and export each pair; translators see the pairs only. */
class MemoryViewTest extends KaribuTest {

    private final String word = "x-" + UUID.randomUUID().toString().substring(0, 4);

    @Test
    void an_editor_loads_a_tmx_file_and_sees_its_pair_with_an_export_link() {
        UI.getCurrent().navigate(MemoryView.class);
        MemoryView view = _get(MemoryView.class);
        String tmx = """
                <tmx version="1.4"><header srclang="en-NZ"/><body>
                <tu><tuv xml:lang="en-NZ"><seg>Kia ora, %1$s.</seg></tuv><tuv xml:lang="mi"><seg>Kia ora %1$s.</seg></tuv></tu>
                <tu><tuv xml:lang="en-NZ"><seg>Only English %1$s.</seg></tuv></tu>
                </body></tmx>""".formatted(word);

        view.load("nz.tmx", tmx.getBytes(StandardCharsets.UTF_8));

        assertThat(getNotifications()).extracting(n -> _text(n)).anySatisfy(text -> assertThat(text)
                .startsWith("Loaded nz.tmx: 1 unit").contains("1 without a translation"));
        @SuppressWarnings("unchecked")
        Grid<MemoryService.Pair> pairs = _get(Grid.class, s -> s.withClasses("memory-pairs"));
        List<MemoryService.Pair> rows = java.util.stream.IntStream.range(0, _size(pairs))
                .mapToObj(i -> _get(pairs, i)).toList();
        int row = rows.indexOf(rows.stream().filter(p -> p.targetLang().equals("mi")).findFirst().orElseThrow());
        assertThat(rows.get(row).sourceLang()).isEqualTo("en-NZ");
        assertThat(rows.get(row).units()).isGreaterThanOrEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(pairs, row, "export"))
                .isInstanceOfSatisfying(Anchor.class, a -> assertThat(a.getText()).isEqualTo("Export TMX"));
        assertThat(_find(Upload.class)).hasSize(1);
    }

    @Test
    void a_broken_file_is_refused_by_name() {
        UI.getCurrent().navigate(MemoryView.class);
        _get(MemoryView.class).load("broken.tmx", "<tmx><header".getBytes(StandardCharsets.UTF_8));
        assertThat(getNotifications()).extracting(n -> _text(n)).anySatisfy(text -> assertThat(text)
                .startsWith("broken.tmx"));
    }

    @Test
    void a_translator_sees_the_pairs_but_neither_upload_nor_export() {
        login("tom", Role.TRANSLATOR);
        UI.getCurrent().navigate(MemoryView.class);
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_get(Grid.class, s -> s.withClasses("memory-pairs")).getColumnByKey("export")).isNull();
    }

    private static String _text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}
