package org.tandem.review;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.base.web.BadRequestException;
import org.tandem.qa.Severity;

/** The Checks page over REST: precision from reviewers' decisions, editors' settings, the profile file. */
@RestController
@RequestMapping("/api/checks")
class CheckSettingsController {

    private final CheckSettingsService settings;

    CheckSettingsController(CheckSettingsService settings) {
        this.settings = settings;
    }

    record SettingJson(String pair, String key, Boolean enabled, String severity) {
    }

    @GetMapping("/settings")
    List<CheckSettingsService.CheckRow> rows(@RequestParam String pair) {
        return settings.rows(pair);
    }

    @PutMapping("/settings")
    List<CheckSettingsService.CheckRow> set(@RequestBody SettingJson body) {
        if (body == null || body.pair() == null || body.key() == null || body.enabled() == null) {
            throw new BadRequestException("The body needs \"pair\" (es-en), \"key\" (a check id, or check:rule) and "
                    + "\"enabled\"; \"severity\" (minor, major, critical) is optional.");
        }
        Severity severity = null;
        if (body.severity() != null && !body.severity().isBlank()) {
            try {
                severity = Severity.valueOf(body.severity().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("Unknown severity \"" + body.severity() + "\" (minor, major, critical).");
            }
        }
        settings.set(body.pair(), body.key(), body.enabled(), severity);
        return settings.rows(body.pair());
    }

    /** The profile the batch command reads ({@code check --profile FILE}). */
    @GetMapping("/profile")
    ResponseEntity<byte[]> profile() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tandem-check-profile.json\"")
                .body(settings.exportProfile());
    }
}
