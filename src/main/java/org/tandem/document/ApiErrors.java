package org.tandem.document;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.tandem.io.ImportException;

/** Turns the document feature's exceptions into RFC 9457 problem details that name the file and the problem. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final ImportProperties limits;

    ApiErrors(ImportProperties limits) {
        this.limits = limits;
    }

    @ExceptionHandler(DocumentController.BadRequest.class)
    ProblemDetail badRequest(DocumentController.BadRequest e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(ImportException.class)
    ProblemDetail importFailed(ImportException e) {
        boolean notXliff = e.problem().startsWith("not an XLIFF file");
        ProblemDetail problem = problem(notXliff ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.UNPROCESSABLE_ENTITY,
                "Import failed", e.getMessage());
        problem.setProperty("file", e.fileName());
        if (e.line() > 0) {
            problem.setProperty("line", e.line());
        }
        if (e.column() > 0) {
            problem.setProperty("column", e.column());
        }
        return problem;
    }

    @ExceptionHandler({FileTooLargeException.class, MaxUploadSizeExceededException.class})
    ProblemDetail tooLarge(Exception e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", e instanceof FileTooLargeException
                ? e.getMessage() : "The upload is over the import limit of " + limits.maxFileSize().toKilobytes()
                + " KB per file (tandem.import.max-file-size).");
    }

    @ExceptionHandler(DocumentNotFoundException.class)
    ProblemDetail notFound(DocumentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(StaleSegmentException.class)
    ProblemDetail stale(StaleSegmentException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Edit conflict", e.getMessage());
        problem.setProperty("current", DocumentController.SegmentJson.of(e.current()));
        return problem;
    }

    @ExceptionHandler(InvalidStatusException.class)
    ProblemDetail invalidStatus(InvalidStatusException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Status refused", e.getMessage());
    }

    @ExceptionHandler(InvalidEditException.class)
    ProblemDetail invalidEdit(InvalidEditException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Edit refused", e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
