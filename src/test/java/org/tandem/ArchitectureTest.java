package org.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The code rules of STYLE.md, checked on the compiled classes (imports and qualified names alike) so that a
 * violation fails the build. Module boundaries are {@link ModularityTest}'s.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tandem");

    @ParameterizedTest(name = "only {1} may use {0}")
    @CsvSource(delimiter = '|', value = {
            "net.sf.okapi..            | org.tandem.io..",
            "com.ctc.wstx..            | org.tandem.io..",
            "org.codehaus.stax2..      | org.tandem.io..",
            "org.languagetool..        | org.tandem.language..,org.tandem.qa..",
    })
    void a_library_is_used_only_where_it_belongs(String library, String allowed) {
        noClasses().that().resideOutsideOfPackages(allowed.split(","))
                .should().dependOnClassesThat().resideInAPackage(library)
                .check(CLASSES);
    }

    @Test
    void only_repositories_use_jdbc() {
        noClasses().that().haveNameNotMatching(".*Repository(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void views_talk_only_to_services() {
        noClasses().that().resideInAnyPackage("..ui..", "org.tandem.workbench..")
                .should().dependOnClassesThat().haveNameMatching(".*Repository(\\$.*)?")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void every_package_says_what_it_is_for() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java/org/tandem"))) {
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
