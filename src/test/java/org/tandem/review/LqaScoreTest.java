package org.tandem.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MQM 2.0 score against examples computed by hand. */
class LqaScoreTest {

    private static List<MqmError> errors(String severities) {
        List<MqmError> list = new ArrayList<>();
        if (severities.isBlank()) {
            return list;
        }
        for (String s : severities.split(" ")) {
            list.add(new MqmError(list.size(), 1, 0, 0, "", MqmDimension.ACCURACY, "mistranslation",
                    MqmSeverity.parse(s), null, null, "ana", Instant.EPOCH));
        }
        return list;
    }

    // words | errors | threshold | penalty total | per-word | score | pass
    @ParameterizedTest(name = "{0} words, [{1}], threshold {2} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            1000 | ''                          | 99 | 0  | 0       | 100   | true
            1000 | minor                       | 99 | 1  | 0.001   | 99.9  | true
            1000 | major major                 | 99 | 10 | 0.01    | 99.0  | true
            1000 | major major minor           | 99 | 11 | 0.011   | 98.9  | false
            200  | minor major major           | 95 | 11 | 0.055   | 94.5  | false
            200  | minor major major           | 94 | 11 | 0.055   | 94.5  | true
            500  | neutral neutral minor       | 99 | 1  | 0.002   | 99.8  | true
            4000 | critical                    | 99 | 25 | 0.00625 | 99.375 | false
            10   | major major major           | 0  | 15 | 1.5     | -50   | false
            """)
    void scores_as_mqm_2_0(int words, String severities, double threshold, int total, double perWord, double score,
                           boolean pass) {
        LqaScore s = LqaScore.of(words, errors(severities), threshold);

        assertThat(s.penaltyTotal()).isEqualTo(total);
        assertThat(s.perWordPenalty()).isCloseTo(perWord, within(1e-9));
        assertThat(s.score()).isCloseTo(score, within(1e-9));
        assertThat(s.passed()).isEqualTo(pass);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            linguistic-conventions/spelling          | linguistic-conventions   | spelling
            accuracy/mistranslation                  | accuracy                 | mistranslation
            terminology/inconsistent-with-termbase   | terminology              | inconsistent-with-termbase
            locale-conventions/number-format         | locale-conventions       | number-format
            design-and-markup/markup-tag             | design-and-markup        | markup-tag
            LOCALE-CONVENTIONS/Number-Format         | locale-conventions       | number-format
            accuracy/not-a-type                      | accuracy                 | other
            something/new                            | linguistic-conventions   | other
            style                                    | style                    | other
            """)
    void reads_the_mqm_2_0_category_an_issue_carries(String category, String dimension, String type) {
        assertThat(MqmDimension.ofCategory(category)).containsExactly(dimension, type);
    }
}
