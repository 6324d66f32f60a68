package org.tandem.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The REST API described for people: every call, its role and its answers, from the same Markdown file the README
 * links to ({@code help/api.md}), so that the top bar's "API" opens a page to read rather than a password prompt.
 */
@Route(value = "help/api", layout = MainLayout.class)
@PageTitle("API · Tandem")
@PermitAll
public class ApiHelpView extends VerticalLayout {

    static final String SOURCE = "/help/api.md";

    public ApiHelpView() {
        addClassName("api-help");
        add(new Html("<div class=\"api-help-text\">" + html(markdown()) + "</div>"));
    }

    /** The help text as Markdown. */
    public static String markdown() {
        try (InputStream in = ApiHelpView.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(SOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Markdown with tables as HTML; HTML written in the Markdown is shown as text. */
    static String html(String markdown) {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        return HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build().render(parser.parse(markdown));
    }
}
