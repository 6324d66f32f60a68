package org.tandem.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Puts the session's CSRF token into every page as the {@code _csrf}, {@code _csrf_parameter} and
 * {@code _csrf_header} meta tags, where Vaadin's login form looks for it when it posts the sign-in.
 */
@Component
class CsrfMetaTags implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) {
                return;
            }
            Object attribute = request.getHttpServletRequest().getAttribute(CsrfToken.class.getName());
            if (attribute instanceof CsrfToken token) {
                var head = response.getDocument().head();
                head.appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
                head.appendElement("meta").attr("name", "_csrf_parameter").attr("content", token.getParameterName());
                head.appendElement("meta").attr("name", "_csrf_header").attr("content", token.getHeaderName());
            }
        });
    }
}
