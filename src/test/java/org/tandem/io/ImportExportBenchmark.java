package org.tandem.io;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;

/**
 * Imports (parse + store in the H2 file database) and exports a generated 10,000-unit XLIFF 1.2 file, and times
 * Okapi's own read + write of the same file in the same run. Prints figures; asserts nothing.
 * Run: {@code mvn test-compile exec:exec@benchmark} (see docs/benchmarks.md).
 */
public final class ImportExportBenchmark {

    private static final int UNITS = 10_000;
    private static final int RUNS = 5;

    private ImportExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path xliff = dir.resolve("generated-10000.xlf");
        Files.write(xliff, generate(UNITS));
        byte[] bytes = Files.readAllBytes(xliff);
        System.out.printf(Locale.ROOT, "file: %d units, %.1f MB%n", UNITS, bytes.length / 1024.0 / 1024.0);

        List<Double> okapi = new ArrayList<>();
        for (int i = 0; i < RUNS + 2; i++) {
            long t = System.nanoTime();
            okapiReadWrite(xliff, dir.resolve("okapi-out.xlf"));
            if (i >= 2) {
                okapi.add(ms(t));
            }
        }

        Path db = dir.resolve("db-" + System.nanoTime());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class)
                .properties("spring.datasource.url=jdbc:h2:file:./" + db.resolve("tandem").toString().replace('\\', '/'),
                        "tandem.demo.enabled=false", "server.port=0", "tandem.import.max-file-size=200MB", "logging.level.root=WARN")
                .run()) {
            System.out.println("database: " + org.tandem.TestDatabases.engine(context));
            org.tandem.security.SignedIn.from("benchmark", org.tandem.security.Role.EDITOR);
            DocumentService documents = context.getBean(DocumentService.class);
            List<Double> imports = new ArrayList<>();
            List<Double> exports = new ArrayList<>();
            long peak = 0;
            for (int i = 0; i < RUNS + 2; i++) {
                resetPeaks();
                long t = System.nanoTime();
                Document doc = documents.importXliff("generated.xlf", bytes, null, false,
                        DocumentService.ImportProgress.NONE);
                double importMs = ms(t);
                t = System.nanoTime();
                byte[] out = documents.export(doc.id(), TranslationFiles.ExportFormat.ORIGINAL).content();
                double exportMs = ms(t);
                peak = Math.max(peak, peakHeap());
                if (out.length != bytes.length) {
                    throw new IllegalStateException("unchanged export differs in size");
                }
                documents.delete(doc.id());
                if (i >= 2) {
                    imports.add(importMs);
                    exports.add(exportMs);
                }
            }
            double okapiMedian = median(okapi);
            System.out.printf(Locale.ROOT, "Okapi XLIFFFilter read + write: median %.0f ms%n", okapiMedian);
            System.out.printf(Locale.ROOT, "Tandem import (parse + store):  median %.0f ms (%.2fx Okapi)%n",
                    median(imports), median(imports) / okapiMedian);
            System.out.printf(Locale.ROOT, "Tandem export (patch original): median %.0f ms (%.2fx Okapi)%n",
                    median(exports), median(exports) / okapiMedian);
            System.out.printf(Locale.ROOT, "peak heap used during import/export: %d MB (max heap %d MB)%n",
                    peak / 1024 / 1024, Runtime.getRuntime().maxMemory() / 1024 / 1024);
        }
    }

    static byte[] generate(int units) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" "
                + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n <file original=\"bench.html\" source-language=\"en\" "
                + "target-language=\"de\" datatype=\"html\">\n  <body>\n");
        for (int i = 1; i <= units; i++) {
            sb.append("   <trans-unit id=\"u").append(i).append("\">\n")
                    .append("    <source>Sentence number ").append(i).append(" has <g id=\"1\">bold text</g>, ")
                    .append("a break<x id=\"2\"/> and enough words to look like a real segment of prose.</source>\n")
                    .append("    <target>Satz Nummer ").append(i).append(" hat <g id=\"1\">fetten Text</g>, ")
                    .append("einen Umbruch<x id=\"2\"/> und genug Wörter, um wie echter Text auszusehen.</target>\n")
                    .append("    <note>Note ").append(i).append("</note>\n")
                    .append("   </trans-unit>\n");
        }
        return sb.append("  </body>\n </file>\n</xliff>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void okapiReadWrite(Path in, Path out) {
        try (XLIFFFilter filter = new XLIFFFilter()) {
            IFilterWriter writer = filter.createFilterWriter();
            filter.open(new RawDocument(in.toUri(), "UTF-8", LocaleId.ENGLISH, LocaleId.GERMAN));
            writer.setOptions(LocaleId.GERMAN, "UTF-8");
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            writer.setOutput(sink);
            while (filter.hasNext()) {
                writer.handleEvent(filter.next());
            }
            writer.close();
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
