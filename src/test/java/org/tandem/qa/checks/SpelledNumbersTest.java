package org.tandem.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers written out: CJK numerals by the table, words of several languages by ICU. */
class SpelledNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(nullValues = "NULL", value = {
            "三, 3", "十, 10", "十五, 15", "二十, 20", "一百零五, 105", "两千, 2000", "十万, 100000",
            "三千五百万, 35000000", "一亿五千万, 150000000", "二〇一五, 2015", "壹佰, 100", "萬一, NULL", "万一, NULL"})
    void cjk_numerals(String run, String value) {
        assertThat(SpelledNumbers.cjk(run).map(BigDecimal::toPlainString).orElse(null)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "en | Fourteen billion years later.     | 14000000000 | true",
            "en | It took ten thousand years.       | 10000       | true",
            "en | Only one of them came.            | 1           | false",
            "en | A billion years ago.              | 1000000000  | false",
            "de | Millionen Menschen.               | 1000000     | false",
            "zh | 几十亿倍的黑洞。                   | 1000000000  | false",
            "zh | 十多万人来了。                     | 10          | false",
            "de | Vor zehntausend Jahren.           | 10000       | true",
            "de | In drei Jahren.                   | 3           | false",
            "es | Llegaron tres mil personas.       | 3000        | true",
            "fr | Il y a deux cents ans.            | 200         | false",
            "zh | 这发生在十万年前。                 | 100000      | true",
            "zh | 这是三个人。                       | 3           | false",
            "zh | 千万不要忘记。                     | 10000000    | false",
            "en | Nothing to read here.             | NULL        | NULL"})
    void the_first_number_written_out_and_whether_it_is_firm(String language, String text, String value,
                                                             Boolean firm) {
        var found = SpelledNumbers.in(text, language).stream().findFirst();
        assertThat(found.map(s -> s.value().stripTrailingZeros().toPlainString()).orElse(null)).isEqualTo(value);
        assertThat(found.map(SpelledNumbers.Spelled::firm).orElse(null)).isEqualTo(firm);
    }
}
