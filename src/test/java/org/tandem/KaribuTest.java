package org.tandem;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.tandem.demo.DemoLoader;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.security.Role;
import org.tandem.security.SignedIn;

/** Browserless UI tests on the real Spring context and H2 file database. */
@SpringBootTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected DocumentService documents;

    @BeforeAll
    protected static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.tandem");
    }

    @BeforeEach
    protected void setUpVaadin() {
        login("editor", Role.EDITOR);
    }

    @AfterEach
    protected void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs in as this user for the services (Spring Security's context) and for Vaadin's view access checks (the
     * request's principal and roles), then shows the start view as that user sees it.
     */
    protected void login(String name, Role role) {
        // a fresh session and UI, so that the layout around the views is built for this user
        MockVaadin.tearDown();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        var authorities = role.authorities();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new User(name, "unused", authorities), null, authorities);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication);
        SecurityContextHolder.setContext(security);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, r) -> authorities.stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + r)));
        UI.getCurrent().navigate("");
    }

    private Document demo;

    /** This test's own copy of the demo document (the user's sample article), imported by an editor on first use. */
    protected Document demo() {
        if (demo == null) {
            demo = SignedIn.as("editor", Role.EDITOR, () -> DemoLoader.importInto(documents));
        }
        return demo;
    }

    protected static byte[] resource(String path) {
        try (var in = KaribuTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
