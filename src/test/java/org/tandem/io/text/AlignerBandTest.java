package org.tandem.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The band around the diagonal gives the alignment of the full dynamic programme (on texts small enough for the full
 * one to run), also where paragraphs were left out or merged far from the diagonal, and stays linear on a large text.
 */
class AlignerBandTest {

    private static List<String> paragraphs(String text) {
        return TextPairReader.paragraphs(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // label, kilobytes per side, seed, paragraphs cut from the start of the target
        "'article pair, one dropped and one merged paragraph per hundred', 60, 1, 0",
        "'another article pair', 120, 7, 0",
        "'the translation starts 90 paragraphs in (far off the diagonal: the band must widen)', 80, 3, 90",
    })
    void the_band_finds_the_full_programmes_alignment(String label, int kb, long seed, int cut) {
        String[] pair = AlignerBenchmark.pair(kb * 1024L, new Random(seed));
        List<String> source = paragraphs(pair[0]);
        List<String> target = paragraphs(pair[1]);
        target = new ArrayList<>(target.subList(cut, target.size()));
        assertThat(source.size()).isNotEqualTo(target.size());
        assertThat(Aligner.align(source, target)).isEqualTo(Aligner.alignWithoutBand(source, target));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'nothing on the target side', 5, 0",
        "'nothing on the source side', 0, 5",
        "'one source paragraph, many target paragraphs', 1, 400",
    })
    void lopsided_inputs_keep_every_item(String label, int sourceCount, int targetCount) {
        List<String> source = new ArrayList<>(Collections.nCopies(sourceCount, "Una frase con Madrid y 2024."));
        List<String> target = new ArrayList<>(Collections.nCopies(targetCount, "A sentence with Madrid and 2024."));
        List<Aligner.Bead> beads = Aligner.align(source, target);
        assertThat(beads.stream().mapToInt(Aligner.Bead::sourceCount).sum()).isEqualTo(sourceCount);
        assertThat(beads.stream().mapToInt(Aligner.Bead::targetCount).sum()).isEqualTo(targetCount);
    }

    @org.junit.jupiter.api.Test
    void two_megabytes_per_side_align_with_the_dropped_paragraphs_found() {
        String[] pair = AlignerBenchmark.pair(2_000 * 1024L, new Random(11));
        List<String> source = paragraphs(pair[0]);
        List<String> target = paragraphs(pair[1]);
        List<Aligner.Bead> beads = Aligner.align(source, target);
        long dropped = beads.stream().filter(b -> b.sourceCount() == 1 && b.targetCount() == 0).count();
        long merged = beads.stream().filter(b -> b.sourceCount() == 2 && b.targetCount() == 1).count();
        // The generator leaves out one paragraph in 97 and merges one in 89 with its neighbour.
        assertThat(dropped).isCloseTo(source.size() / 97, org.assertj.core.data.Offset.offset(source.size() / 97L / 5 + 2));
        assertThat(merged).isCloseTo(source.size() / 89, org.assertj.core.data.Offset.offset(source.size() / 89L / 5 + 2));
    }
}
