package org.tandem.review;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** MQM errors, the score and the LQA report over REST. */
@RestController
@RequestMapping("/api/documents/{id}")
class MqmController {

    private final MqmService review;
    private final IssueService issues;

    MqmController(MqmService review, IssueService issues) {
        this.review = review;
        this.issues = issues;
    }

    record ErrorJson(long id, long segmentId, int start, int end, String highlighted, String dimension, String type,
                     String severity, int penalty, String comment, String check, String who, String at) {
        static ErrorJson of(MqmError e) {
            return new ErrorJson(e.id(), e.segmentId(), e.start(), e.end(), e.highlighted(), e.dimension().id(),
                    e.type(), e.severity().label(), e.severity().weight(), e.comment(), e.checkId(), e.who(),
                    e.at().toString());
        }
    }

    /** A new error: a span with dimension, type and severity; or {@code check}/{@code start}/{@code end} of an
     * open automatic issue to confirm as one. */
    record NewError(Integer start, Integer end, String dimension, String type, String severity, String comment,
                    String check) {
    }

    @GetMapping("/mqm")
    List<ErrorJson> errors(@PathVariable long id) {
        return review.errors(id).stream().map(ErrorJson::of).toList();
    }

    @PostMapping("/segments/{segmentId}/mqm")
    ResponseEntity<ErrorJson> mark(@PathVariable long id, @PathVariable long segmentId, @RequestBody NewError body) {
        if (body == null || body.start() == null || body.end() == null) {
            throw new IllegalArgumentException("The body needs \"start\" and \"end\" in the target, and either "
                    + "\"dimension\", \"type\" and \"severity\" or the \"check\" of an open issue to confirm.");
        }
        MqmError error;
        if (body.check() != null) {
            var issue = issues.issues(id).getOrDefault(segmentId, List.of()).stream()
                    .filter(i -> i.checkId().equals(body.check()) && i.start() == body.start()
                            && i.end() == body.end()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Segment " + segmentId + " has no open "
                            + body.check() + " issue at " + body.start() + "-" + body.end() + "."));
            error = review.confirm(id, segmentId, issue);
        } else {
            error = review.mark(id, segmentId, new MqmService.Marking(body.start(), body.end(),
                    MqmDimension.parse(body.dimension()), body.type(), MqmSeverity.parse(body.severity()),
                    body.comment()));
        }
        return ResponseEntity.created(URI.create("/api/documents/" + id + "/mqm/" + error.id()))
                .body(ErrorJson.of(error));
    }

    @DeleteMapping("/mqm/{errorId}")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long errorId) {
        review.delete(id, errorId);
        return ResponseEntity.noContent().build();
    }

    record ScoreJson(int evaluationWords, int penaltyTotal, double perWordPenalty, double score, double threshold,
                     boolean passed, int errors, int criticalErrors) {
    }

    @GetMapping("/lqa")
    ScoreJson score(@PathVariable long id) {
        LqaScore s = review.score(id);
        return new ScoreJson(s.evaluationWords(), s.penaltyTotal(), s.perWordPenalty(), s.score(), s.threshold(),
                s.passed(), s.errors(), s.criticalErrors());
    }

    record Threshold(Double threshold) {
    }

    @PutMapping("/lqa/threshold")
    ScoreJson threshold(@PathVariable long id, @RequestBody Threshold body) {
        if (body == null || body.threshold() == null) {
            throw new IllegalArgumentException("The body needs \"threshold\", a score from 0 to 100.");
        }
        review.setThreshold(id, body.threshold());
        return score(id);
    }

    /** The LQA report as HTML (default) or CSV. */
    @GetMapping("/lqa/report")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) String format) {
        LqaReport report = review.report(id);
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && format != null && !"html".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("Unknown report format \"" + format + "\": use html or csv.");
        }
        String base = report.document().name().replaceAll("\\.[A-Za-z0-9]+$", "") + ".lqa";
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.TEXT_HTML)
                .header(HttpHeaders.CONTENT_DISPOSITION, (csv ? "attachment" : "inline") + "; filename=\"" + base
                        .replaceAll("[^\\p{Alnum}._-]", "_") + (csv ? ".csv" : ".html") + "\"")
                .body((csv ? report.csv() : report.html()).getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Not a valid MQM error");
        return problem;
    }
}
