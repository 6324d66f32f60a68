package org.tandem.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;
import org.tandem.io.TermbaseFiles;
import org.tandem.qa.TermMatch;
import org.tandem.qa.Terminology;

/**
 * A generated termbase of 50,000 es→en concepts (one to three words, a fifth with a deprecated English variant):
 * prints the time to import it as TBX and as CSV into the H2 file database, to build the term index, and to find
 * the terms of one segment (the demo article's sentences, 2,000 lookups). Asserts nothing.
 * Run: {@code mvn test-compile exec:exec@glossary-benchmark} (docs/benchmarks.md).
 */
public final class GlossaryBenchmark {

    private static final int CONCEPTS = 50_000;
    private static final String[] ES_NOUNS = ("acuerdo gobierno ministerio presupuesto consejo tribunal frontera "
            + "elección partido empresa mercado precio energía petróleo gas banco deuda reforma ley sanción guerra "
            + "paz tropa ejército misión cumbre tratado alianza región ciudad puerto carretera puente escuela "
            + "hospital salud vacuna virus clima sequía cosecha agua río costa isla montaña desierto bosque "
            + "industria fábrica trabajo salario impuesto comercio exportación importación moneda inflación "
            + "crisis protesta huelga sindicato policía juez fiscal abogado sentencia delito prisión refugio "
            + "migración asilo embajada cónsul diplomacia negociación propuesta plan proyecto informe estudio "
            + "encuesta votación campaña candidato alcalde gobernador senado congreso parlamento diputado").split(" ");
    private static final String[] ES_ADJECTIVES = ("nacional regional federal europeo africano asiático militar "
            + "civil económico político social fiscal monetario energético nuclear solar eólico verde digital "
            + "público privado general especial central local internacional mundial principal nuevo antiguo "
            + "interior exterior superior inferior temporal permanente oficial provisional").split(" ");
    private static final String[] EN = ("agreement government ministry budget council court border election party "
            + "company market price energy oil gas bank debt reform law sanction war peace troop army mission summit "
            + "treaty alliance region city port road bridge school hospital health vaccine virus climate drought "
            + "harvest water river coast island mountain desert forest industry factory labour wage tax trade export "
            + "import currency inflation crisis protest strike union police judge prosecutor lawyer ruling crime "
            + "prison shelter migration asylum embassy consul diplomacy negotiation proposal plan project report "
            + "study survey vote campaign candidate mayor governor senate congress parliament deputy").split(" ");
    private static final String[] EN_ADJECTIVES = ("national regional federal European African Asian military "
            + "civil economic political social fiscal monetary energy nuclear solar wind green digital public "
            + "private general special central local international global main new old interior foreign upper "
            + "lower temporary permanent official provisional").split(" ");

    private GlossaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TermbaseData generated = generate();
        TermbaseFiles files = new TermbaseFiles();
        byte[] tbx = files.write(generated, TermbaseFiles.Format.TBX);
        byte[] csv = files.write(generated, TermbaseFiles.Format.CSV);
        System.out.printf(Locale.ROOT, "termbase: %d concepts, %d terms; TBX %.1f MB, CSV %.1f MB%n",
                generated.concepts().size(), generated.termCount(), tbx.length / 1e6, csv.length / 1e6);

        long p = System.nanoTime();
        files.read("generated.tbx", tbx, List.of());
        double parseTbx = ms(p);
        p = System.nanoTime();
        files.read("generated.csv", csv, List.of());
        System.out.printf(Locale.ROOT, "parse alone (first run): TBX %.0f ms, CSV %.0f ms%n", parseTbx, ms(p));

        Path db = Path.of("target", "glossary-benchmark", "db-" + System.nanoTime());
        Files.createDirectories(db);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class)
                .properties("spring.datasource.url=jdbc:h2:file:./" + db.resolve("tandem").toString().replace('\\', '/'),
                        "tandem.demo.enabled=false", "server.port=0", "logging.level.root=WARN",
                        "tandem.languagetool.warm=")
                .run()) {
            String engine = org.tandem.TestDatabases.engine(context);
            org.tandem.security.SignedIn.from("benchmark", org.tandem.security.Role.EDITOR);
            GlossaryService glossaries = context.getBean(GlossaryService.class);
            DocumentService documents = context.getBean(DocumentService.class);

            long t = System.nanoTime();
            Termbase fromTbx = glossaries.importFile("generated.tbx", tbx, List.of());
            double tbxMs = ms(t);
            t = System.nanoTime();
            Termbase fromCsv = glossaries.importFile("generated.csv", csv, List.of());
            double csvMs = ms(t);
            System.out.printf(Locale.ROOT, "import TBX (parse + store in %s): %.0f ms (%d concepts, %d terms)%n", engine,
                    tbxMs, fromTbx.concepts(), fromTbx.terms());
            System.out.printf(Locale.ROOT, "import CSV (parse + store in %s): %.0f ms (%d concepts, %d terms)%n", engine,
                    csvMs, fromCsv.concepts(), fromCsv.terms());

            List<String> sentences = demoSentences();
            Document doc = documents.importTextPair("bench.es.txt", String.join("\n\n", sentences)
                    .getBytes(StandardCharsets.UTF_8), "bench.en.txt", String.join("\n\n", sentences)
                    .getBytes(StandardCharsets.UTF_8), "es", "en-US", DocumentService.ImportProgress.NONE);
            glossaries.chooseTermbases(doc.id(), List.of(fromTbx.id()));
            t = System.nanoTime();
            Terminology terminology = glossaries.terminology(doc.id(), "es", "en-US");
            terminology.find("calentamiento", "es");
            double buildMs = ms(t);
            System.out.printf(Locale.ROOT, "load the termbase from %s and build the es index: %.0f ms%n", engine, buildMs);

            Random random = new Random(7);
            List<String> segments = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String[] terms = {term(random, true), term(random, true)};
                segments.add(sentences.get(i % sentences.size()) + " Según el " + terms[0] + " y la " + terms[1]
                        + " (" + i + ").");
            }
            List<Double> first = new ArrayList<>();
            int found = 0;
            for (String segment : segments.subList(0, 200)) {
                t = System.nanoTime();
                List<TermMatch> matches = terminology.find(segment, "es");
                first.add(ms(t));
                found += matches.size();
            }
            List<Double> lookups = new ArrayList<>();
            for (String segment : segments) {
                t = System.nanoTime();
                found += terminology.find(segment, "es").size();
                lookups.add(ms(t));
            }
            Collections.sort(first);
            Collections.sort(lookups);
            int words = segments.stream().mapToInt(s -> s.split("\\s+").length).sum() / segments.size();
            System.out.printf(Locale.ROOT, "terms of one segment (%d words on average), first 200 segments "
                    + "(words not yet seen): median %.3f ms, p95 %.3f ms%n", words, first.get(first.size() / 2),
                    first.get((int) (first.size() * 0.95)));
            System.out.printf(Locale.ROOT, "terms of one segment, 2,000 segments: median %.3f ms, p95 %.3f ms "
                    + "(%d matches in all)%n", lookups.get(lookups.size() / 2),
                    lookups.get((int) (lookups.size() * 0.95)), found);
            System.gc();
            System.out.printf(Locale.ROOT, "heap after GC with the index built: %d MB%n",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024 / 1024);
        }
    }

    private static TermbaseData generate() {
        Random random = new Random(42);
        Set<String> seen = new LinkedHashSet<>();
        List<TermbaseData.Concept> concepts = new ArrayList<>();
        while (concepts.size() < CONCEPTS) {
            int noun = random.nextInt(ES_NOUNS.length);
            int adjective = random.nextInt(ES_ADJECTIVES.length);
            int other = random.nextInt(ES_NOUNS.length);
            int shape = random.nextInt(3);
            String es = switch (shape) {
                case 0 -> ES_NOUNS[noun] + " " + ES_ADJECTIVES[adjective];
                case 1 -> ES_NOUNS[noun] + " de " + ES_NOUNS[other];
                default -> ES_NOUNS[noun] + " " + ES_ADJECTIVES[adjective] + " de " + ES_NOUNS[other];
            };
            String suffix = seen.contains(es) ? " " + (char) ('A' + random.nextInt(26)) + random.nextInt(1000) : "";
            es = es + suffix;
            if (!seen.add(es)) {
                continue;
            }
            String en = switch (shape) {
                case 0 -> EN_ADJECTIVES[adjective] + " " + EN[noun];
                case 1 -> EN[other] + " " + EN[noun];
                default -> EN_ADJECTIVES[adjective] + " " + EN[other] + " " + EN[noun];
            } + suffix;
            List<TermbaseData.Term> terms = new ArrayList<>(List.of(
                    new TermbaseData.Term("es", es, TermStatus.PREFERRED, "noun", false, ""),
                    new TermbaseData.Term("en", en, TermStatus.PREFERRED, "noun", false, "")));
            if (concepts.size() % 5 == 0) {
                terms.add(new TermbaseData.Term("en", en + "s of", TermStatus.DEPRECATED, "noun", false, ""));
            }
            concepts.add(new TermbaseData.Concept("c" + concepts.size(), "generated", "", "", terms));
        }
        return new TermbaseData("Generated", "", List.of("es", "en"), concepts);
    }

    private static String term(Random random, boolean spanish) {
        String noun = ES_NOUNS[random.nextInt(ES_NOUNS.length)];
        return spanish ? noun + " " + ES_ADJECTIVES[random.nextInt(ES_ADJECTIVES.length)] : noun;
    }

    private static List<String> demoSentences() throws IOException {
        try (InputStream in = GlossaryBenchmark.class.getResourceAsStream("/demo/xi-putin-moscu.es.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return java.util.Arrays.stream(text.split("\n\\s*\n")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
