package org.tandem.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.qa.Check;
import org.tandem.qa.DocumentCheck;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;

/** What every check promises: a unique stable id, silence on an empty pair, spans inside the target. */
class ChecksContractTest {

    private static final List<SegmentPair> SAMPLES = List.of(
            new SegmentPair("", "", "es", "en"),
            new SegmentPair("«Hola»", "\"Hello\"world i am", "es", "en"),
            new SegmentPair("Click ⟨1⟩here⟨/1⟩ 3,5 %.", "⟨2/⟩Klicken Sie ⟨1⟩hier 3.5 %  ", "en", "de"),
            new SegmentPair("50.000 millones", "50,000 million", "es", "en-US"),
            new SegmentPair("\"", "«", "en", "fr"),
            new SegmentPair("1.2.3", "1,2,3 , . \"\" „“", "en", "de"),
            new SegmentPair("Ä", "ä ä ä", "de", "en"));

    static Stream<Arguments> checks() {
        return CheckBeans.SEGMENT.stream().map(Arguments::of);
    }

    @Test
    void finds_every_check_the_application_registers() {
        assertThat(CheckBeans.SEGMENT).extracting(Check::id).contains("languagetool", "glossary", "number-mismatch");
        assertThat(CheckBeans.DOCUMENT).extracting(DocumentCheck::id).contains("name-consistency");
    }

    @Test
    void every_check_has_a_name_a_one_line_description_and_a_precedence() {
        Stream.concat(CheckBeans.SEGMENT.stream(), CheckBeans.DOCUMENT.stream()).forEach(check -> {
            assertThat(check.name()).as(check.id()).isNotBlank().doesNotContain("\n");
            assertThat(check.description()).as(check.id()).isNotBlank().doesNotContain("\n").endsWith(".");
            assertThat(check.precedence()).as(check.id()).isNotNull();
        });
    }

    @Test
    void ids_are_unique_and_kebab_case() {
        Set<String> ids = new HashSet<>();
        Stream.concat(CheckBeans.SEGMENT.stream().map(Check::id), CheckBeans.DOCUMENT.stream().map(DocumentCheck::id))
                .forEach(id -> {
                    assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*");
                    assertThat(ids.add(id)).as("unique " + id).isTrue();
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void an_empty_pair_never_fires_and_spans_stay_inside_the_target(Check check) {
        assertThat(check.check(new SegmentPair("", "", "en", "de"))).isEmpty();
        for (SegmentPair pair : SAMPLES) {
            for (Issue issue : check.check(pair)) {
                assertThat(issue.end()).isLessThanOrEqualTo(pair.target().length());
                assertThat(issue.checkId()).isEqualTo(check.id());
                assertThat(issue.message()).isNotBlank();
                assertThat(issue.category()).contains("/");
            }
        }
    }

    @Test
    void document_checks_stay_silent_on_empty_documents_and_inside_the_targets() {
        for (DocumentCheck check : CheckBeans.DOCUMENT) {
            assertThat(check.check(List.of())).isEmpty();
            assertThat(check.check(List.of(new SegmentPair("", "", "en", "de")))).isEmpty();
            for (DocumentCheck.Found f : check.check(SAMPLES)) {
                assertThat(f.issue().end()).isLessThanOrEqualTo(SAMPLES.get(f.index()).target().length());
            }
        }
    }

    @Test
    void no_check_fires_inside_an_inline_code() {
        SegmentPair pair = new SegmentPair("Text ⟨12/⟩ more", "Texto ⟨12/⟩ más", "es", "es-MX");
        for (Check check : CheckBeans.SEGMENT) {
            for (Issue issue : check.check(pair)) {
                assertThat(issue.start() >= 6 && issue.start() < 10).as(check.id()).isFalse();
            }
        }
    }
}
