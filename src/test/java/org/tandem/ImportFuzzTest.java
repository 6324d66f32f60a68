package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.ErrorResponse;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.glossary.GlossaryService;
import org.tandem.security.Role;
import org.tandem.security.SignedIn;

/**
 * Mutation fuzzing of every importer, through the services the REST API and the workbench call: a fixed seed, a few
 * thousand mutations of real files (the tests' own and, when present, the shared corpus), each must be imported or
 * refused with a 4xx problem — never another exception (a 500), never a hang (each gets 20 s).
 */
@SpringBootTest(properties = "tandem.import.max-segment-chars=30000")
class ImportFuzzTest {

    private static final long SEED = 20261130L;
    private static final Duration LIMIT = Duration.ofSeconds(20);
    /** Runs one import at a time; replaced when an import hangs, so that one hang is reported once. */
    private ExecutorService runner = Executors.newSingleThreadExecutor();

    /** Fragments that broke parsers and databases before, spliced in at random places. */
    private static final String[] NASTY = {"&#0;", "&#xD800;", "&#x1F;", "&#65;", "&amp;", "&unknown;", "<![CDATA[",
        "]]>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "<!--", "-->", "<?pi x?>", "\u0000",
        "\uFFFE", "\uD800", "version=\"9.9\"", "xml:lang=\"'; DROP--\"", "srcLang=\"zz-!!\"", "target-language=\"\"",
        "id=\"\"", "<note>", "</source>", "<target>", "<g id=\"1\">", "<x id=\"9\"/>", "<ph id=\"1\"/>",
        "<mrk mtype=\"seg\" mid=\"1\">", "\"", "'", "<", ">", "\r\n", "\t", "=SUM(A1)", ",", ";", "\uFEFF",
        "u".repeat(2_100), "x".repeat(70_000)};

    @Autowired
    DocumentService documents;

    @Autowired
    GlossaryService glossaries;

    @AfterEach
    void stop() {
        runner.shutdownNow();
    }

    private static byte[] resource(String path) {
        try (InputStream in = ImportFuzzTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<byte[]> corpus(String folder, String extension, int max) {
        Path dir = Path.of("..", "shared", "corpus", folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().limit(max).map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).filter(b -> b.length < 200_000).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** One mutation of {@code seed}: a flipped byte, a cut, a duplicated or deleted range, or a nasty fragment. */
    static byte[] mutate(byte[] seed, Random random) {
        byte[] out = seed.clone();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && out.length > 0; r++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(6)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = Arrays.copyOf(out, at);
                case 2 -> {
                    int len = Math.min(out.length - at, 1 + random.nextInt(64));
                    out = concat(Arrays.copyOfRange(out, 0, at + len), Arrays.copyOfRange(out, at, out.length));
                }
                case 3 -> {
                    int len = Math.min(out.length - at, 1 + random.nextInt(64));
                    out = concat(Arrays.copyOfRange(out, 0, at), Arrays.copyOfRange(out, at + len, out.length));
                }
                default -> out = concat(concat(Arrays.copyOfRange(out, 0, at),
                        NASTY[random.nextInt(NASTY.length)].getBytes(StandardCharsets.UTF_8)),
                        Arrays.copyOfRange(out, at, out.length));
            }
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Runs one import as an editor; returns null when it was imported or refused with a 4xx, else the failure. */
    private String attempt(String label, Runnable importer) throws InterruptedException {
        Future<?> run = runner.submit(() -> SignedIn.as("fuzz", Role.EDITOR, importer));
        try {
            run.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            return null;
        } catch (TimeoutException e) {
            run.cancel(true);
            runner.shutdownNow();
            runner = Executors.newSingleThreadExecutor();
            return label + ": no answer within " + LIMIT.toSeconds() + " s";
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ErrorResponse problem && problem.getStatusCode().is4xxClientError()) {
                return null;
            }
            if (cause instanceof IllegalArgumentException) {
                return null; // REST answers these 400 (a service's refusal of its input)
            }
            return label + ": " + cause;
        }
    }

    private void fuzz(String name, List<byte[]> seeds, int mutations, Consumer<byte[]> importer) throws Exception {
        assertThat(seeds).isNotEmpty();
        Random random = new Random(SEED ^ name.hashCode());
        List<String> failures = new ArrayList<>();
        // The unmutated seeds first: they import or are refused as usual, and warm up what a first import loads.
        for (byte[] seed : seeds) {
            String failure = attempt(name + " seed", () -> importer.accept(seed));
            if (failure != null) {
                failures.add(failure);
            }
        }
        for (int i = 0; i < mutations && failures.size() < 10; i++) {
            byte[] input = mutate(seeds.get(i % seeds.size()), random);
            String failure = attempt(name + " mutation " + i + " (" + input.length + " bytes: "
                    + new String(input, 0, Math.min(input.length, 120), StandardCharsets.UTF_8).replaceAll("\\s+", " ")
                    + "…)", () -> importer.accept(input));
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertThat(failures).as("inputs that did not get a 4xx or success").isEmpty();
    }

    private void forget(Document doc) {
        documents.delete(doc.id());
    }

    @Test
    void xliff_imports_never_fail_with_a_500_or_hang() throws Exception {
        List<byte[]> seeds = new ArrayList<>(List.of(resource("/xliff/inline.xlf"), resource("/xliff/check-en.xlf"),
                ("<?xml version=\"1.0\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                        + "srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><notes><note>n</note></notes><unit id=\"u\">"
                        + "<segment><source>Hello <ph id=\"1\"/>world</source><target>Bonjour <ph id=\"1\"/>monde"
                        + "</target></segment></unit></file></xliff>").getBytes(StandardCharsets.UTF_8)));
        seeds.addAll(corpus("xliff12-real", ".xlf", 6));
        seeds.addAll(corpus("xliff2-real", ".xlf", 4));
        fuzz("xliff", seeds, 1_500, bytes -> {
            forget(documents.importXliff("fuzz.xlf", bytes, "de", false, DocumentService.ImportProgress.NONE));
        });
        fuzz("xliff-lenient", seeds, 500, bytes -> {
            forget(documents.importXliff("fuzz.xlf", bytes, null, true, DocumentService.ImportProgress.NONE));
        });
    }

    @Test
    void text_pair_imports_never_fail_with_a_500_or_hang() throws Exception {
        byte[] source = "El presidente llegó a Madrid.\n\nDijo que 50.000 millones «no bastan».\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] target = "The president arrived in Madrid.\n\nHe said that 50,000 million \"are not enough\".\n"
                .getBytes(StandardCharsets.UTF_8);
        fuzz("text-pair", List.of(source, target), 500, bytes -> forget(documents.importTextPair("a.txt", bytes,
                "b.txt", target, "es", "en", DocumentService.ImportProgress.NONE)));
    }

    @Test
    void glossary_imports_never_fail_with_a_500_or_hang() throws Exception {
        List<byte[]> seeds = new ArrayList<>(List.of(
                "en,de,subject\nhouse,Haus,building\n\"Kyiv, city\",Kiew,\n".getBytes(StandardCharsets.UTF_8),
                ("<?xml version=\"1.0\"?><tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" "
                        + "xmlns=\"urn:iso:std:iso:30042:ed-2\"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc>"
                        + "</fileDesc></tbxHeader><text><body><conceptEntry id=\"c1\"><langSec xml:lang=\"en\">"
                        + "<termSec><term>house</term></termSec></langSec><langSec xml:lang=\"de\"><termSec>"
                        + "<term>Haus</term></termSec></langSec></conceptEntry></body></text></tbx>")
                        .getBytes(StandardCharsets.UTF_8)));
        seeds.addAll(corpus("tbx", ".tbx", 4));
        fuzz("glossary", seeds, 1_000, bytes -> {
            var termbase = glossaries.importFile(bytes.length % 2 == 0 ? "fuzz.csv" : "fuzz.tbx", bytes,
                    List.of("en", "de"));
            glossaries.delete(termbase.id());
        });
    }
}
