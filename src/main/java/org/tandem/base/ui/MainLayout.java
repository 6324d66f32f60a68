package org.tandem.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The frame around every view: the product name and the navigation. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        Span brand = new Span("Tandem");
        brand.addClassName("brand");
        Anchor documents = new Anchor("", "Documents");
        documents.getElement().setAttribute("router-link", true);
        Anchor glossaries = new Anchor("glossaries", "Glossaries");
        glossaries.getElement().setAttribute("router-link", true);
        Anchor api = new Anchor("api/documents", "API");
        api.setTarget("_blank");
        HorizontalLayout bar = new HorizontalLayout(brand, documents, glossaries, api);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassName("top-bar");
        addToNavbar(bar);
    }
}
