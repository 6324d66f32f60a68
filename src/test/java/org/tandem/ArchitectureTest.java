package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, checked on the source so that a violation fails the build. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/tandem");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @ParameterizedTest(name = "only {1} may import {0}")
    @CsvSource(delimiter = '|', value = {
            "import net.sf.okapi          | /io/",
            "import org.springframework.jdbc | Repository.java",
            "import com.ctc.wstx          | /io/",
    })
    void a_library_is_used_only_where_it_belongs(String importPrefix, String allowed) throws IOException {
        for (Path source : sources()) {
            if (source.toString().replace('\\', '/').contains(allowed)) {
                continue;
            }
            assertThat(Files.readAllLines(source)).as(source.toString())
                    .noneMatch(line -> line.startsWith(importPrefix));
        }
    }

    @Test
    void views_talk_only_to_services() throws IOException {
        for (Path source : sources()) {
            if (!source.toString().replace('\\', '/').contains("/ui/")) {
                continue;
            }
            assertThat(Files.readAllLines(source)).as(source.toString())
                    .noneMatch(line -> line.startsWith("import") && (line.contains("Repository")
                            || line.contains("java.sql") || line.contains("org.springframework.jdbc")));
        }
    }

    @Test
    void every_package_says_what_it_is_for() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                boolean hasCode;
                try (Stream<Path> files = Files.list(dir)) {
                    hasCode = files.anyMatch(p -> p.toString().endsWith(".java"));
                }
                if (hasCode) {
                    assertThat(dir.resolve("package-info.java")).as(dir.toString()).exists();
                }
            }
        }
    }
}
