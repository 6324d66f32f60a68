package org.tandem.workbench;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.tandem.document.Segment;

/** Beside the open segment: its unit id, the file it belongs to, and the notes the file has for it. */
final class ContextPanel extends Div {

    ContextPanel() {
        addClassName("segment-context");
    }

    void show(Segment segment) {
        removeAll();
        if (segment == null) {
            return;
        }
        Span where = new Span("Segment " + segment.index() + " · unit " + segment.unitId()
                + (segment.context().file() == null ? "" : " · " + segment.context().file()));
        where.addClassName("segment-where");
        add(where);
        if (!segment.context().notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.addClassName("segment-notes");
            segment.context().notes().forEach(note -> notes.add(new ListItem(note)));
            add(notes);
        }
    }
}
