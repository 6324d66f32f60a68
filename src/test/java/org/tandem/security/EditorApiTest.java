package org.tandem.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * REST tests over real HTTP as the editor, signed in with HTTP Basic. Subclasses start their context with
 * {@code "TANDEM_EDITOR_PASSWORD=" + EditorApiTest.PASSWORD}, which the first start gives the editor.
 */
public abstract class EditorApiTest {

    public static final String PASSWORD = "editor-password-for-tests";

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected ObjectMapper json;

    @BeforeEach
    protected void signIn() {
        http = http.withBasicAuth("editor", PASSWORD);
    }
}
