package org.tandem.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tandem.demo.DemoLoader;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.document.Segment;
import org.tandem.review.IssueService;

/**
 * The user's sample article, imported as the demo and checked against the shipped termbase
 * (glossaries/news-es-en.tbx): every problem the issues name is flagged, with the glossary's forms suggested.
 */
@SpringBootTest
@WithMockUser(username = "editor", roles = "EDITOR")
class DemoArticleQaTest {

    @Autowired
    DocumentService documents;

    @Autowired
    IssueService issueService;

    private final List<String> found = new ArrayList<>();

    @BeforeEach
    void check() {
        Document demo = DemoLoader.importInto(documents);
        Map<Long, List<Issue>> issues = issueService.issues(demo.id());
        for (Segment segment : documents.segments(demo.id())) {
            String target = segment.targetText();
            for (Issue issue : issues.get(segment.id())) {
                String context = target.substring(Math.max(0, issue.start() - 12), Math.min(target.length(),
                        issue.end() + 12));
                found.add(issue.checkId() + " | " + context + " | " + target.substring(issue.start(), issue.end())
                        + " | " + (issue.suggestions().isEmpty() ? "" : issue.suggestions().get(0)));
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1} → {3}")
    @CsvSource(delimiter = '|', value = {
            "quote-glued       | new era\"declared       | '\"' | ',\" '",
            "quote-glued       | his part\"declared      | '\"' | ',\" '",
            "quote-glued       | any way\"White          | '\"' | ',\" '",
            "glossary          | West and kyiv           | kyiv | Kyiv",
            "glossary          | Moscow and kyiv         | kyiv | Kyiv",
            "glossary          | President Volodimir Zelenski | Volodimir Zelenski | Volodymyr Zelensky",
            "glossary          | known as Siberian Force 2 | Siberian Force 2 | Power of Siberia 2",
            "english-pronoun-i | when i can              | i    | I",
            "number-scale      | 50,000 million          | 50,000 million | 50 billion",
            "lowercase-start   | energy agreement        | energy | Energy",
            "lowercase-start   | \"impartial\"           | impartial | Impartial",
    })
    void flags(String check, String context, String covered, String suggestion) {
        assertThat(found).anySatisfy(f -> {
            String[] parts = f.split(" \\| ", -1);
            assertThat(parts[0]).isEqualTo(check.strip());
            assertThat(parts[1]).contains(context.strip());
            assertThat(parts[2]).isEqualTo(covered);
            assertThat(parts[3]).isEqualTo(suggestion);
        });
    }

    @org.junit.jupiter.api.Test
    void says_little_else() {
        System.out.println("Issues on the demo article:\n" + String.join("\n", found));
        assertThat(found).hasSizeLessThanOrEqualTo(14);
    }
}
