package org.tandem.qa;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The checks over REST: each one's id (as issues name it), name and what it finds. */
@RestController
class CheckController {

    private final QaService qa;

    CheckController(QaService qa) {
        this.qa = qa;
    }

    @GetMapping("/api/checks")
    List<CheckInfo> checks() {
        return qa.checks();
    }
}
