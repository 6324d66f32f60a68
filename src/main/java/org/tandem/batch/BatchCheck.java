package org.tandem.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.tandem.glossary.GlossaryTerminology;
import org.tandem.io.ImportException;
import org.tandem.io.ParsedDocument;
import org.tandem.io.ParsedSegment;
import org.tandem.io.TermbaseData;
import org.tandem.io.TermbaseFiles;
import org.tandem.io.TranslationFiles;
import org.tandem.language.Lemmatizer;
import org.tandem.qa.CheckProfile;
import org.tandem.qa.Issue;
import org.tandem.qa.QaService;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;
import org.tandem.qa.Terminology;
import org.tandem.report.QaReport;

/**
 * {@code check FILE... [--glossary FILE]... [--profile FILE] [--format json|text] [--fail-on minor|major|critical]
 * [--report OUT.html|OUT.csv|OUT.xlsx]}:
 * checks XLIFF files with the same checks as the workbench, reported as the check profile exported from the Checks
 * page says (checks switched off, severities changed, hints that never fail the run), in a small context of the qa, language and io packages only (no web server,
 * no database). {@code --report} also writes the QA report, its format by the file's extension. Exit 0 when nothing
 * reaches --fail-on, 1 when something does, 2 on bad input.
 */
public final class BatchCheck {

    static final int OK = 0;
    static final int FOUND = 1;
    static final int BAD_INPUT = 2;

    private BatchCheck() {
    }

    /** Whether the command line asks for the batch command rather than the web application. */
    public static boolean wanted(String[] args) {
        return args.length > 0 && "check".equals(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("tandem check: " + e.getMessage());
            err.println("usage: java -jar tandem.jar check FILE... [--glossary TBX-OR-CSV]... [--profile PROFILE.json] "
                    + "[--format json|text] [--fail-on minor|major|critical] [--report OUT.html|OUT.csv|OUT.xlsx]");
            return BAD_INPUT;
        }
        quietLogging(err);
        try (AnnotationConfigApplicationContext context =
                     new AnnotationConfigApplicationContext("org.tandem.qa", "org.tandem.language", "org.tandem.io")) {
            TranslationFiles files = context.getBean(TranslationFiles.class);
            QaService qa = context.getBean(QaService.class);
            Terminology terminology = Terminology.NONE;
            if (!options.glossaries().isEmpty()) {
                TermbaseFiles termbaseFiles = context.getBean(TermbaseFiles.class);
                List<TermbaseData> termbases = new ArrayList<>();
                StringBuilder fingerprint = new StringBuilder();
                for (Path glossary : options.glossaries()) {
                    try {
                        byte[] bytes = Files.readAllBytes(glossary);
                        termbases.add(termbaseFiles.read(glossary.getFileName().toString(), bytes, List.of()));
                        fingerprint.append(java.util.Arrays.hashCode(bytes)).append(';');
                    } catch (NoSuchFileException e) {
                        err.println("tandem check: " + glossary + ": no such file");
                        return BAD_INPUT;
                    } catch (ImportException e) {
                        err.println("tandem check: " + e.getMessage());
                        return BAD_INPUT;
                    }
                }
                terminology = GlossaryTerminology.of(termbases, fingerprint.toString(),
                        context.getBean(Lemmatizer.class));
            }
            CheckProfile profile = CheckProfile.NONE;
            if (options.profile() != null) {
                try {
                    profile = CheckProfile.fromJson(Files.readAllBytes(options.profile()));
                } catch (NoSuchFileException e) {
                    err.println("tandem check: " + options.profile() + ": no such file");
                    return BAD_INPUT;
                } catch (IllegalArgumentException e) {
                    err.println("tandem check: " + options.profile() + ": " + e.getMessage());
                    return BAD_INPUT;
                }
            }
            List<Map<String, Object>> results = new ArrayList<>();
            List<QaReport.Entry> reportEntries = new ArrayList<>();
            java.util.Set<String> languagePairs = new java.util.LinkedHashSet<>();
            boolean failed = false;
            for (Path file : options.files()) {
                ParsedDocument doc;
                try {
                    doc = files.readXliff(file.getFileName().toString(), Files.readAllBytes(file), null, false);
                } catch (NoSuchFileException e) {
                    err.println("tandem check: " + file + ": no such file");
                    return BAD_INPUT;
                } catch (IOException e) {
                    err.println("tandem check: " + file + ": cannot be read (" + e.getMessage() + ")");
                    return BAD_INPUT;
                } catch (ImportException e) {
                    err.println("tandem check: " + e.getMessage());
                    return BAD_INPUT;
                }
                languagePairs.add(doc.sourceLang() + " → " + doc.targetLang());
                Terminology terms = terminology;
                List<SegmentPair> pairs = doc.segments().stream().map(s -> new SegmentPair(s.source(),
                        s.target() == null ? "" : s.target(), doc.sourceLang(), doc.targetLang(), terms)).toList();
                List<List<Issue>> issues = qa.check(pairs);
                List<Map<String, Object>> segments = new ArrayList<>();
                for (int i = 0; i < pairs.size(); i++) {
                    List<Issue> reported = profile.apply(doc.sourceLang(), doc.targetLang(), issues.get(i));
                    if (reported.isEmpty()) {
                        continue;
                    }
                    ParsedSegment segment = doc.segments().get(i);
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (Issue issue : reported) {
                        String hint = profile.hint(doc.sourceLang(), doc.targetLang(), issue).orElse(null);
                        reportEntries.add(new QaReport.Entry(file.toString(), segment.unitId(), segment.source(),
                                segment.target() == null ? "" : segment.target(), issue, hint, null));
                        failed |= hint == null && issue.severity().compareTo(options.failOn()) >= 0;
                        Map<String, Object> json = new LinkedHashMap<>();
                        json.put("check", issue.checkId());
                        json.put("category", issue.category());
                        json.put("severity", issue.severity().label());
                        json.put("start", issue.start());
                        json.put("end", issue.end());
                        json.put("message", issue.message());
                        json.put("suggestions", issue.suggestions());
                        if (issue.rule() != null) {
                            json.put("rule", issue.rule());
                        }
                        if (hint != null) {
                            json.put("hint", hint);
                        }
                        list.add(json);
                    }
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("id", segment.unitId());
                    json.put("issues", list);
                    segments.add(json);
                }
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("file", file.toString());
                json.put("sourceLang", doc.sourceLang());
                json.put("targetLang", doc.targetLang());
                json.put("segments", segments);
                results.add(json);
            }
            if (options.report() != null) {
                Map<String, String> names = new LinkedHashMap<>();
                qa.checks().forEach(c -> names.put(c.id(), c.name()));
                QaReport report = new QaReport(options.files().size() == 1 ? options.files().get(0).getFileName()
                        .toString() : options.files().size() + " files", String.join(", ", languagePairs), names,
                        reportEntries);
                try {
                    Files.write(options.report(), report.render(QaReport.Format.of(options.report().toString())));
                } catch (IOException e) {
                    err.println("tandem check: " + options.report() + ": the report cannot be written ("
                            + e.getMessage() + ")");
                    return BAD_INPUT;
                }
            }
            if (options.json()) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(Map.of("files", results)));
            } else {
                printText(results, out);
            }
            return failed ? FOUND : OK;
        } catch (IOException e) {
            err.println("tandem check: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    /** Standard output carries the report only: log warnings and worse to standard error. */
    private static void quietLogging(PrintStream err) {
        if (!(org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback)) {
            return;
        }
        logback.reset();
        ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
                new ch.qos.logback.core.ConsoleAppender<>();
        appender.setContext(logback);
        appender.setTarget("System.err");
        ch.qos.logback.classic.encoder.PatternLayoutEncoder encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
        encoder.setContext(logback);
        encoder.setPattern("%level %logger{20}: %msg%n");
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        root.addAppender(appender);
        logback.getLogger("net.sf.okapi").setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    @SuppressWarnings("unchecked")
    private static void printText(List<Map<String, Object>> results, PrintStream out) {
        for (Map<String, Object> file : results) {
            for (Map<String, Object> segment : (List<Map<String, Object>>) file.get("segments")) {
                for (Map<String, Object> issue : (List<Map<String, Object>>) segment.get("issues")) {
                    List<String> suggestions = (List<String>) issue.get("suggestions");
                    out.printf(Locale.ROOT, "%s:%s:%s-%s: %s %s: %s%s%n", file.get("file"), segment.get("id"),
                            issue.get("start"), issue.get("end"), issue.containsKey("hint") ? "hint"
                                    : issue.get("severity"), issue.get("check"),
                            issue.get("message"), suggestions.isEmpty() ? "" : " → " + String.join(" | ", suggestions));
                }
            }
        }
    }

    record Options(List<Path> files, List<Path> glossaries, boolean json, Severity failOn, Path profile, Path report) {
        static Options parse(String[] args) {
            List<Path> files = new ArrayList<>();
            List<Path> glossaries = new ArrayList<>();
            boolean json = true;
            Severity failOn = Severity.MAJOR;
            Path profile = null;
            Path report = null;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--format" -> {
                        String value = value(args, ++i, "--format");
                        if (!value.equals("json") && !value.equals("text")) {
                            throw new IllegalArgumentException("--format takes json or text, not " + value);
                        }
                        json = value.equals("json");
                    }
                    case "--fail-on" -> {
                        String value = value(args, ++i, "--fail-on");
                        try {
                            failOn = Severity.valueOf(value.toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("--fail-on takes minor, major or critical, not " + value);
                        }
                    }
                    case "--glossary" -> glossaries.add(Path.of(value(args, ++i, "--glossary")));
                    case "--profile" -> profile = Path.of(value(args, ++i, "--profile"));
                    case "--report" -> {
                        report = Path.of(value(args, ++i, "--report"));
                        QaReport.Format.of(report.toString()); // the format is the file's extension
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        files.add(Path.of(args[i]));
                    }
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no file to check");
            }
            return new Options(files, glossaries, json, failOn, profile, report);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
