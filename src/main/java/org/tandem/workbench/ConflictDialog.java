package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.tandem.document.Segment;

/** Someone else saved the segment first: both texts side by side, keep theirs or save mine; never overwrite silently. */
final class ConflictDialog extends Dialog {

    ConflictDialog(Segment theirs, String mine, Runnable keepTheirs, Runnable saveMine) {
        setHeaderTitle("Segment " + theirs.index() + " was changed by someone else");
        Paragraph theirText = new Paragraph(theirs.targetText());
        theirText.addClassName("conflict-theirs");
        Paragraph myText = new Paragraph(mine);
        myText.addClassName("conflict-mine");
        add(new Span("Their saved text:"), theirText, new Span("Your text (not saved):"), myText);
        Button keep = new Button("Keep theirs", e -> {
            close();
            keepTheirs.run();
        });
        Button overwrite = new Button("Save mine over theirs", e -> {
            close();
            saveMine.run();
        });
        overwrite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(keep, overwrite);
    }
}
