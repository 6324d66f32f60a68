package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the application shows stays within what Debian's fonts draw: no emoji (they show as missing-glyph boxes
 * where no colour emoji font is installed, as on a Debian desktop with its default fonts) and nothing outside the
 * Basic Multilingual Plane, in any source, script, style sheet or help page of the application.
 */
class ShownCharactersTest {

    private static final List<Path> SHOWN = List.of(Path.of("src/main/java"), Path.of("src/main/resources"),
            Path.of("frontend"));

    @Test
    void no_emoji_and_nothing_outside_the_basic_plane() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : SHOWN) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(java|js|css|md|html|properties)$"))
                        .toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    text.codePoints().filter(ShownCharactersTest::undrawable).distinct().forEach(c ->
                            found.add(file + ": U+" + Integer.toHexString(c).toUpperCase() + " " + UCharacter.getName(c)));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_rule_knows_an_emoji_from_the_symbols_in_use() {
        assertThat(undrawable("💬".codePointAt(0))).isTrue();
        assertThat(undrawable("⌚".codePointAt(0))).isTrue(); // an emoji inside the basic plane
        for (String drawn : List.of("✔", "✘", "●", "⚠", "→", "⟨", "‸", "“", "…")) {
            assertThat(undrawable(drawn.codePointAt(0))).as(drawn).isFalse();
        }
    }

    private static boolean undrawable(int codePoint) {
        return codePoint > 0xFFFF || UCharacter.hasBinaryProperty(codePoint, UProperty.EMOJI_PRESENTATION);
    }
}
