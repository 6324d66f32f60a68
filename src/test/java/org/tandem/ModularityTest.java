package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries, verified on the compiled classes, so that imports and qualified names written inline count
 * alike. Every direct sub-package of {@code org.tandem} is a module (Spring Modulith); its sub-packages are internal
 * unless named as an interface; a module uses only the modules its {@code package-info} allows; and no modules
 * depend on each other around a cycle.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);

    @Test
    void modules_use_only_the_modules_and_interfaces_they_allow() {
        assertThat(MODULES.detectViolations().getMessages()).isEmpty();
    }

    @Test
    void no_modules_depend_on_each_other_around_a_cycle() {
        assertThat(cycles(uses())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a→b, b→a                 | Cycle among a, b
            a→b, b→c, c→a, c→d       | Cycle among a, b, c
            a→b, b→c, a→c            | ''
            a→b, b→a, c→d, d→c       | Cycle among a, b; Cycle among c, d
            """)
    void the_cycle_finder_finds_every_cycle_and_nothing_else(String arrows, String expected) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String arrow : arrows.split(",\\s*")) {
            String[] ends = arrow.split("→");
            uses.computeIfAbsent(ends[0], k -> new TreeSet<>()).add(ends[1]);
        }
        assertThat(String.join("; ", cycles(uses))).isEqualTo(expected);
    }

    /** Which modules each module uses. */
    private static Map<String, Set<String>> uses() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            Set<String> targets = new TreeSet<>();
            module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName)
                    .filter(name -> !name.equals(module.getName())).forEach(targets::add);
            uses.put(module.getName(), targets);
        }
        return uses;
    }

    /** Each set of modules that reach one another, as "Cycle among a, b". */
    static List<String> cycles(Map<String, Set<String>> uses) {
        Set<String> cycles = new TreeSet<>();
        for (String module : uses.keySet()) {
            Set<String> together = new TreeSet<>();
            for (String other : reachable(module, uses)) {
                if (reachable(other, uses).contains(module)) {
                    together.add(other);
                }
            }
            if (!together.isEmpty()) {
                together.add(module);
                cycles.add("Cycle among " + String.join(", ", together));
            }
        }
        return List.copyOf(cycles);
    }

    private static Set<String> reachable(String from, Map<String, Set<String>> uses) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(uses.getOrDefault(from, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(uses.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }
}
