package org.tandem.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.document.Segment;
import org.tandem.document.SegmentStatus;
import org.tandem.io.SegmentContext;
import org.tandem.qa.Issue;
import org.tandem.qa.Severity;

/**
 * The grid's filter as an address query: each row a query, and whether it lets through a rejected segment whose
 * target was edited ("Kyiv is big." from "Kiev is big."), with one minor spelling issue, one resolved thread and a
 * note. The query read back from the filter is the same as the one it was read from.
 */
class SegmentFilterTest {

    private static final Segment SEGMENT = new Segment(1, 1, 1, "u1", "Kiev es grande.", "Kyiv is big.",
            "Kiev is big.", List.of(), SegmentStatus.REJECTED, 2, "wrong city", new SegmentContext("a.txt",
            List.of("A note")));
    private static final List<Issue> ISSUES = List.of(new Issue("languagetool", "linguistic-conventions/spelling",
            Severity.MINOR, 0, 4, "Possible spelling mistake.", List.of(), "misspelling", "MORFOLOGIK_RULE_EN_US"));

    @ParameterizedTest(name = "?{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "''                               | true",
            "status=rejected                  | true",
            "status=new,translated            | false",
            "status=approved,rejected         | true",
            "issues=any                       | true",
            "issues=major                     | false",
            "issues=languagetool              | true",
            "issues=quote-glued               | false",
            "comments=any                     | true",
            "comments=open                    | false",
            "notes=yes                        | true",
            "changed=yes                      | true",
            "text=kiev                        | true",
            "text=KYIV                        | true",
            "text=Lviv                        | false",
            "status=rejected&issues=any&changed=yes&text=big | true",
            "status=rejected&comments=open    | false",
    })
    void lets_through_what_every_criterion_allows(String query, boolean lets) {
        SegmentFilter filter = SegmentFilter.of(parse(query));

        assertThat(filter.lets(SEGMENT, ISSUES, 1, 0)).isEqualTo(lets);
        assertThat(filter.query()).isEqualTo(parse(query));
    }

    @ParameterizedTest(name = "?{0}")
    @CsvSource(delimiter = '|', value = {
            "status=approved,nonsense | status=approved",
            "comments=whatever        | ''",
            "notes=maybe              | ''",
    })
    void leaves_out_what_an_address_cannot_mean(String query, String kept) {
        assertThat(SegmentFilter.of(parse(query)).query()).isEqualTo(parse(kept));
    }

    @org.junit.jupiter.api.Test
    void no_criterion_shows_all() {
        assertThat(SegmentFilter.of(Map.of()).showsAll()).isTrue();
        assertThat(SegmentFilter.NONE.withStatuses(Set.of(SegmentStatus.NEW)).showsAll()).isFalse();
    }

    private static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> parsed = new java.util.LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=", 2);
                parsed.put(kv[0], List.of(kv[1]));
            }
        }
        return parsed;
    }
}
