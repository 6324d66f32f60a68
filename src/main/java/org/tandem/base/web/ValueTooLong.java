package org.tandem.base.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last line behind every feature's own length checks: a value the database refused as too long (or otherwise
 * invalid for its column) is the caller's input, so it is a 400 naming the field, never a 500 with SQL. Features
 * validate where input enters; this only catches what they missed, and logs it so that it gets its own check.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ValueTooLong {

    private static final Logger LOG = LoggerFactory.getLogger(ValueTooLong.class);
    /** H2: {@code Value too long for column "REASON CHARACTER VARYING(1000)"}; PostgreSQL: {@code value too long
     * for type character varying(1000)}. */
    private static final Pattern COLUMN = Pattern.compile("(?i)value too long for (?:column \"([A-Z_]+)[^\"]*?\\((\\d+)\\)"
            + "|type character varying\\((\\d+)\\))");

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail refused(DataIntegrityViolationException e) {
        Matcher m = COLUMN.matcher(String.valueOf(e.getMostSpecificCause().getMessage()));
        String detail;
        if (m.find()) {
            String field = m.group(1) == null ? "a value" : "the " + m.group(1).toLowerCase(Locale.ROOT)
                    .replace('_', ' ');
            String max = m.group(2) != null ? m.group(2) : m.group(3);
            detail = "A value is too long: " + field + " takes at most " + max + " characters.";
        } else {
            detail = "A value does not fit what Tandem stores (too long, or in conflict with stored data).";
        }
        LOG.warn("Input refused by the database, not by a check where it entered: {}", detail);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Value refused");
        return problem;
    }
}
