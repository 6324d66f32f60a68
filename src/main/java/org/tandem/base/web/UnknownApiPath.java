package org.tandem.base.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/...} path no feature answers is a {@code 404} problem; without this, the workbench's own catch-all
 * route answered {@code 200} with the application's HTML, which a script reads as success. Every feature's mapping
 * is more specific, so it still wins.
 */
@RestController
class UnknownApiPath {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new ProblemException(HttpStatus.NOT_FOUND, "Not found", "No API at " + request.getMethod() + " "
                + request.getRequestURI() + "; the API is described in the README.");
    }
}
