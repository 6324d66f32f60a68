package org.tandem.io;

/** A file that cannot be imported: the message names the file, the problem and, where known, line and column. */
public class ImportException extends RuntimeException {

    private final String fileName;
    private final String problem;
    private final int line;
    private final int column;

    public ImportException(String fileName, String problem) {
        this(fileName, problem, -1, -1, null);
    }

    public ImportException(String fileName, String problem, int line, int column, Throwable cause) {
        super(format(fileName, problem, line, column), cause);
        this.fileName = fileName;
        this.problem = problem;
        this.line = line;
        this.column = column;
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
