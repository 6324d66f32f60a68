package org.tandem.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The shared real-world corpus beside the repository; tests over it are skipped when it is absent. */
final class Corpus {

    static final Path ROOT = Path.of("..", "shared", "corpus");

    private Corpus() {
    }

    static Stream<Path> files(String folder, String... extensions) {
        Path dir = ROOT.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return Stream.of(Path.of("corpus-absent"));
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> list = walk.filter(Files::isRegularFile)
                    .filter(p -> extensions.length == 0 || Stream.of(extensions)
                            .anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted()
                    .toList();
            return list.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        Assumptions.assumeTrue(Files.exists(file), org.tandem.CorpusSkips.ABSENT);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path file) {
        return file.getFileName().toString();
    }
}
