package org.tandem.io;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A file that cannot be imported: the message names the file, the problem and, where known, line and column. Over
 * REST it is a problem (RFC 9457) with {@code file}, {@code line} and {@code column}: 415 for a file that is not
 * XLIFF at all, else 422.
 */
public class ImportException extends ErrorResponseException {

    /** How a problem starts when the file is not XLIFF at all (an unsupported media type). */
    public static final String NOT_XLIFF = "not an XLIFF file";

    private final String fileName;
    private final String problem;
    private final int line;
    private final int column;

    public ImportException(String fileName, String problem) {
        this(fileName, problem, -1, -1, null);
    }

    public ImportException(String fileName, String problem, int line, int column, Throwable cause) {
        super(status(problem), body(fileName, problem, line, column), cause);
        this.fileName = fileName;
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    private static HttpStatus status(String problem) {
        return problem != null && problem.startsWith(NOT_XLIFF) ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                : HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private static ProblemDetail body(String fileName, String problem, int line, int column) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status(problem), format(fileName, problem, line, column));
        body.setTitle("Import failed");
        body.setProperty("file", fileName);
        if (line > 0) {
            body.setProperty("line", line);
        }
        if (column > 0) {
            body.setProperty("column", column);
        }
        return body;
    }

    private static String format(String fileName, String problem, int line, int column) {
        StringBuilder sb = new StringBuilder(fileName == null ? "(unnamed file)" : fileName).append(": ");
        if (line > 0) {
            sb.append("line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
            sb.append(": ");
        }
        return sb.append(problem).toString();
    }

    /** The detail, as users read it (Spring's own message would add the status and the whole body). */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    public String fileName() {
        return fileName;
    }

    public String problem() {
        return problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
