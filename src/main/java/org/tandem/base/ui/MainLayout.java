package org.tandem.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every view: the product name, the navigation to every view marked {@code @Menu} that the user
 * may open, the API's help page, and the user's corner ({@link UserMenu}).
 */
public class MainLayout extends AppLayout {

    public MainLayout(ObjectProvider<UserMenu> userMenu) {
        Span brand = new Span("Tandem");
        brand.addClassName("brand");
        HorizontalLayout bar = new HorizontalLayout(brand);
        MenuConfiguration.getMenuEntries().forEach(entry -> bar.add(link(entry.path(), entry.title())));
        bar.add(link("help/api", "API"));
        userMenu.ifAvailable(menu -> bar.add(menu.create()));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassName("top-bar");
        bar.setWidthFull();
        addToNavbar(bar);
    }

    private static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href.startsWith("/") ? href.substring(1) : href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
