package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tandem.markup.InlineCode;

/**
 * Numbers the inline codes of one segment so that a code in the target gets the same placeholder number as the
 * same code in the source (matched by element and id, as XLIFF defines code identity).
 */
public final class Codes {

    private final Set<String> paired;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, InlineCode> codes = new LinkedHashMap<>();
    private int next = 1;

    Codes(Set<String> paired) {
        this.paired = paired;
    }

    Side forSource() {
        return new Side(false);
    }

    Side forTarget() {
        return new Side(true);
    }

    /** All codes, target XML preferred where both sides have a code (it is what export writes into the target). */
    List<InlineCode> all() {
        List<InlineCode> list = new ArrayList<>(codes.values());
        list.sort(Comparator.comparingInt(InlineCode::number).thenComparing(InlineCode::kind));
        return List.copyOf(list);
    }

    /** One side's view: identity keys count occurrences per side, so the n-th anonymous mrk matches the n-th. */
    final class Side {
        private final boolean target;
        private final Map<String, Integer> anonymous = new HashMap<>();

        private Side(boolean target) {
            this.target = target;
        }

        boolean paired(String name) {
            return paired.contains(name);
        }

        String key(String name, Function<String, String> attr) {
            String id = attr.apply("id");
            if (id == null && ("ec".equals(name) || "em".equals(name))) {
                id = attr.apply("startRef");
            }
            if (id == null && "mrk".equals(name)) {
                id = attr.apply("mid");
            }
            if (id == null && "cp".equals(name)) {
                id = "U+" + attr.apply("hex");
            }
            if (id != null) {
                return name + ":" + id;
            }
            int n = anonymous.merge(name, 1, Integer::sum);
            return name + "#" + n;
        }

        int number(String key) {
            return numbers.computeIfAbsent(key, k -> next++);
        }

        InlineCode add(int number, InlineCode.Kind kind, String name, String xml) {
            InlineCode code = new InlineCode(number, kind, name, xml);
            String slot = number + ":" + kind;
            if (target || !codes.containsKey(slot)) {
                codes.put(slot, code);
            }
            return code;
        }
    }
}
