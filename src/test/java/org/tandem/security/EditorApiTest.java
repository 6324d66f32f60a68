package org.tandem.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
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

    /** A file as one part of a multipart form. */
    protected static HttpEntity<ByteArrayResource> part(String name, byte[] bytes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    /** Posts a multipart form, as a pipeline uploads files. */
    protected ResponseEntity<String> postForm(String path, MultiValueMap<String, Object> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(path, new HttpEntity<>(form, headers), String.class);
    }
}
