package org.tandem.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.tandem.review.Comment;

/** A segment's comment threads: read, reply, resolve or reopen, and start a new thread. */
class CommentsDialog extends Dialog {

    /** What the dialog does through the workbench (which talks to the service). */
    interface Actions {
        void comment(Long thread, String text);

        void resolve(long thread, boolean resolved);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final Supplier<List<Comment.Thread>> threads;
    private final Actions actions;
    private final Div body = new Div();
    private final Span problem = new Span();

    CommentsDialog(String title, Supplier<List<Comment.Thread>> threads, Actions actions) {
        this.threads = threads;
        this.actions = actions;
        setHeaderTitle(title);
        setWidth("40em");
        addClassName("comments-dialog");
        problem.addClassName("dialog-problem");
        TextArea text = new TextArea("New comment");
        text.setWidthFull();
        text.addClassName("new-comment");
        Button add = new Button("Add comment", e -> act(() -> {
            actions.comment(null, text.getValue());
            text.clear();
        }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(body, text, add, problem);
        getFooter().add(new Button("Close", e -> close()));
        render();
    }

    private void act(Runnable action) {
        try {
            action.run();
            problem.setText("");
            render();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private void render() {
        body.removeAll();
        List<Comment.Thread> all = threads.get();
        if (all.isEmpty()) {
            body.add(new Paragraph("No comment on this segment yet."));
        }
        for (Comment.Thread thread : all) {
            Div item = new Div();
            item.addClassNames("comment-thread", thread.resolved() ? "resolved" : "open");
            item.add(line(thread.first()));
            thread.replies().forEach(reply -> {
                Div r = line(reply);
                r.addClassName("comment-reply");
                item.add(r);
            });
            TextField reply = new TextField();
            reply.setPlaceholder("Reply");
            reply.addClassName("comment-reply-field");
            Button send = new Button("Reply", e -> act(() -> actions.comment(thread.first().id(), reply.getValue())));
            send.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button resolve = new Button(thread.resolved() ? "Reopen" : "Resolve",
                    e -> act(() -> actions.resolve(thread.first().id(), !thread.resolved())));
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            resolve.addClassName("comment-resolve");
            HorizontalLayout tools = new HorizontalLayout(reply, send, resolve);
            tools.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            item.add(tools);
            body.add(item);
        }
    }

    private static Div line(Comment c) {
        Span head = new Span(c.author() + " · " + WHEN.format(c.at()) + (c.resolved() ? " · resolved by "
                + c.resolvedBy() : ""));
        head.addClassName("comment-head");
        Div text = new Div(new Span(c.text()));
        text.addClassName("comment-text");
        return new Div(head, text);
    }
}
