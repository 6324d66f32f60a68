package org.tandem.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ITS 2.0 issue types (LanguageTool's, other tools') as the MQM 2.0 categories issues carry. */
class CategoriesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelling     | linguistic-conventions/spelling
            grammar         | linguistic-conventions/grammar
            typographical   | linguistic-conventions/punctuation
            whitespace      | linguistic-conventions/textual-conventions
            omission        | accuracy/omission
            Untranslated    | accuracy/untranslated
            terminology     | terminology/wrong-term
            register        | style/language-register
            numbers         | locale-conventions/number-format
            markup          | design-and-markup/markup-tag
            length          | design-and-markup/other
            uncategorized   | linguistic-conventions/other
            ''              | linguistic-conventions/other
            """)
    void an_its_type_becomes_an_mqm_category(String its, String category) {
        assertThat(Categories.ofIts(its)).isEqualTo(category);
    }
}
