package org.tandem.workbench;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import java.util.function.Consumer;
import org.tandem.qa.Issue;

/**
 * The target editor: plain text in which inline-code placeholders are chips that cannot be typed into or split
 * (client side: {@code META-INF/resources/js/segment-editor.js}, plain JavaScript). The value reaches the server
 * when the editor loses focus.
 */
@Tag("tandem-segment-editor")
@JsModule("context://js/segment-editor.js")
class SegmentEditor extends AbstractSinglePropertyField<SegmentEditor, String>
        implements Focusable<SegmentEditor>, HasSize, HasStyle {

    SegmentEditor() {
        super("value", "", false);
        setSynchronizedEvent("change");
        getElement().addPropertyChangeListener("caret", "caret-changed", e -> { });
        getElement().addPropertyChangeListener("selectionStart", "caret-changed", e -> { });
    }

    /** Where the caret was when the editor last lost focus (offset into the value), or -1 if unknown. */
    int caret() {
        int caret = getElement().getProperty("caret", -1);
        return caret > getValue().length() ? -1 : caret;
    }

    /**
     * What was selected when the editor last lost focus, as offsets into the value ({@code start == end}: the caret
     * only), or empty when the caret was never placed in this editor.
     */
    java.util.Optional<int[]> selection() {
        int caret = caret();
        int anchor = getElement().getProperty("selectionStart", caret);
        if (caret < 0 || anchor < 0 || anchor > getValue().length()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new int[] {Math.min(anchor, caret), Math.max(anchor, caret)});
    }

    /**
     * Underlines these issues while the editor holds this text (the browser ignores them once more is typed; the
     * next pause of typing brings issues of the new text).
     */
    void showIssues(String text, List<Issue> issues) {
        JsonObject found = Json.createObject();
        found.put("text", text);
        JsonArray list = Json.createArray();
        for (Issue issue : issues) {
            JsonObject item = Json.createObject();
            item.put("start", issue.start());
            item.put("end", issue.end());
            item.put("severity", issue.severity().label());
            item.put("message", issue.message());
            list.set(list.length(), item);
        }
        found.put("issues", list);
        getElement().setPropertyJson("issues", found);
    }

    /** Calls the listener with the text as typed after each short pause of typing (not saved). */
    void addDraftListener(Consumer<String> listener) {
        getElement().addPropertyChangeListener("draft", "draft-changed",
                e -> listener.accept(getElement().getProperty("draft", "")));
    }

    void setAriaLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    void setProblem(String message) {
        getElement().setAttribute("title", message == null ? "" : message);
        getElement().getClassList().set("invalid", message != null);
    }
}
