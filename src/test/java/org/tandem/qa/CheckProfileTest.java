package org.tandem.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A check profile: checks and rules off, severities changed and hints, per language pair, and its file. */
class CheckProfileTest {

    private static final Issue SPELLING = new Issue("languagetool", "linguistic-conventions/spelling",
            Severity.MINOR, 0, 4, "Possible spelling mistake", List.of(), "misspelling", "MORFOLOGIK_RULE_EN_US");
    private static final Issue GRAMMAR = new Issue("languagetool", "linguistic-conventions/grammar",
            Severity.MINOR, 5, 8, "Agreement", List.of(), "grammar", "AGREEMENT");
    private static final Issue NUMBER = new Issue("number-mismatch", "accuracy/mistranslation", Severity.MAJOR, 9,
            11, "17 is not 71", List.of("71"), "inconsistency");

    private static final CheckProfile PROFILE = CheckProfile.NONE
            .with("es-en", "languagetool:MORFOLOGIK_RULE_EN_US", new CheckProfile.Setting(false, null, null))
            .with("es-en", "number-mismatch", new CheckProfile.Setting(true, Severity.CRITICAL, null))
            .with("de-en", "languagetool", new CheckProfile.Setting(false, null, null))
            .with("de-en", "languagetool:AGREEMENT", new CheckProfile.Setting(true, Severity.MAJOR, null))
            .with("zh-en", "languagetool", new CheckProfile.Setting(true, Severity.MAJOR, null))
            .with("zh-en", "languagetool:AGREEMENT", new CheckProfile.Setting(true, null, "kept 2 of 30"));

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // source | target | what is reported (check key:severity)
        "es-ES | en-US | languagetool:AGREEMENT:MINOR number-mismatch:CRITICAL",   // one rule off; a severity raised
        "es    | en-GB | languagetool:AGREEMENT:MINOR number-mismatch:CRITICAL",   // pairs by primary language
        "de    | en    | number-mismatch:MAJOR",                                   // a check off silences its rules
        "zh    | en    | languagetool:MORFOLOGIK_RULE_EN_US:MAJOR languagetool:AGREEMENT:MAJOR number-mismatch:MAJOR",
        "fr    | en    | languagetool:MORFOLOGIK_RULE_EN_US:MINOR languagetool:AGREEMENT:MINOR number-mismatch:MAJOR",
    })
    void reports_issues_as_the_pair_says(String source, String target, String expected) {
        List<String> reported = PROFILE.apply(source, target, List.of(SPELLING, GRAMMAR, NUMBER)).stream()
                .map(i -> CheckProfile.key(i) + ":" + i.severity()).toList();
        assertThat(String.join(" ", reported)).isEqualTo(expected);
    }

    @Test
    void a_hint_carries_its_reason_and_a_rule_inherits_its_checks_severity() {
        assertThat(PROFILE.hint("zh-Hans", "en", GRAMMAR)).contains("kept 2 of 30");
        assertThat(PROFILE.hint("zh", "en", SPELLING)).isEmpty();
        assertThat(PROFILE.hint("es", "en", GRAMMAR)).isEmpty();
    }

    @Test
    void the_file_reads_back_to_the_same_profile() {
        byte[] file = PROFILE.toJson();
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"es-en\"", "MORFOLOGIK_RULE_EN_US",
                "\"CRITICAL\"");
        assertThat(CheckProfile.fromJson(file)).isEqualTo(PROFILE);
        assertThatThrownBy(() -> CheckProfile.fromJson("{\"rules\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Tandem check profile");
        assertThatThrownBy(() -> CheckProfile.fromJson("<xml/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Tandem check profile");
    }
}
