package org.tandem.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.KaribuTest;

/**
 * The top bar's "API" opens a page to read, and that page (the README's API reference) describes exactly the calls
 * the application answers: a call added, renamed or removed without its description fails here.
 */
class ApiHelpTest extends KaribuTest {

    private static final Pattern METHOD_OR_PATH = Pattern.compile("\\b(GET|POST|PUT|DELETE|PATCH)\\b|(/api/[^\\s`\\[?]*)");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** "PUT /api/documents/{}/segments/{}" for every method and path the controllers map under /api. */
    private Set<String> served() {
        Set<String> calls = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/")).forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(m -> calls.add(m.name() + " " + normalised(path)))));
        return calls;
    }

    /** The same for every call the help's table names in its first column (methods go with the path after them). */
    private static Set<String> described(String markdown) {
        Set<String> calls = new TreeSet<>();
        for (String line : markdown.lines().filter(l -> l.startsWith("| `")).toList()) {
            String call = line.split("\\|")[1];
            Set<String> methods = new TreeSet<>();
            Matcher m = METHOD_OR_PATH.matcher(call);
            while (m.find()) {
                if (m.group(1) != null) {
                    methods.add(m.group(1));
                } else {
                    String path = normalised(m.group(2));
                    methods.forEach(method -> calls.add(method + " " + path));
                    methods.clear();
                }
            }
        }
        return calls;
    }

    private static String normalised(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/$", "");
    }

    @Test
    void the_help_describes_every_call_the_api_answers_and_no_other() {
        Set<String> served = served();
        assertThat(served).as("the controllers map calls under /api").hasSizeGreaterThan(20);
        assertThat(described(ApiHelpView.markdown())).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void the_api_link_in_the_top_bar_opens_the_help_page_with_the_calls() {
        Anchor api = _get(Anchor.class, spec -> spec.withText("API"));
        assertThat(api.getHref()).isEqualTo("help/api");
        UI.getCurrent().navigate(api.getHref());
        String html = _find(Html.class).stream().map(Html::getInnerHtml).reduce("", String::concat);
        assertThat(html).contains("<table>").contains("/api/documents/{id}/segments").contains("curl -u");
        assertThat(html).doesNotContain("<script");
    }
}
