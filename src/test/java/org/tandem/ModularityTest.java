package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
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

    /** Violations of today's code that the structural step of issue 10 removes, each the start of a message. */
    private static final List<String> KNOWN = List.of(
            "Cycle among base, security",
            "Module 'base' depends on module 'security' via org.tandem.base.ui.MainLayout",
            "Module 'document' depends on module 'glossary' via org.tandem.document.DocumentService",
            "Module 'document' depends on module 'qa' via org.tandem.document.DocumentController",
            "Module 'document' depends on module 'qa' via org.tandem.document.DocumentService");

    @Test
    void modules_use_only_the_modules_and_interfaces_they_allow() {
        assertThat(unknown(dependencyViolations())).isEmpty();
    }

    @Test
    void no_modules_depend_on_each_other_around_a_cycle() {
        assertThat(unknown(cycles())).isEmpty();
    }

    @Test
    void every_known_violation_still_happens() {
        List<String> all = new ArrayList<>(dependencyViolations());
        all.addAll(cycles());
        assertThat(KNOWN).as("known violations that are gone: take them off the list")
                .allMatch(known -> all.stream().anyMatch(v -> v.startsWith(known)));
    }

    private static List<String> dependencyViolations() {
        return MODULES.detectViolations().getMessages().stream().filter(m -> !m.startsWith("Cycle detected")).toList();
    }

    /** Each set of modules that reach one another, as "Cycle among a, b". */
    static List<String> cycles() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            Set<String> targets = new TreeSet<>();
            module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName)
                    .filter(name -> !name.equals(module.getName())).forEach(targets::add);
            uses.put(module.getName(), targets);
        }
        Set<String> cycles = new TreeSet<>();
        for (String module : uses.keySet()) {
            Set<String> reach = reachable(module, uses);
            Set<String> together = new TreeSet<>();
            for (String other : reach) {
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

    private static List<String> unknown(List<String> violations) {
        return violations.stream().filter(v -> KNOWN.stream().noneMatch(v::startsWith)).toList();
    }
}
