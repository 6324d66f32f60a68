package org.tandem.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.markup.InlineCode;
import org.tandem.markup.Placeholders;

/**
 * A match's target made fit for the segment it goes into: the unit's inline codes are numbered as the unit's own
 * document numbered them, so each takes the number of the segment's code in the same place of the source (same
 * order, same kinds); where the sources' codes do not line up, the codes are left out for the reviewer to place.
 */
final class MatchInsertion {

    private MatchInsertion() {
    }

    static String fit(MemoryUnit unit, String segmentSource) {
        List<Placeholders.Token> theirs = Placeholders.tokens(unit.source());
        List<Placeholders.Token> ours = Placeholders.tokens(segmentSource);
        Map<String, String> renumber = new HashMap<>();
        if (theirs.size() == ours.size()) {
            for (int i = 0; i < theirs.size(); i++) {
                if (theirs.get(i).kind() != ours.get(i).kind()) {
                    renumber.clear();
                    break;
                }
                renumber.put(key(theirs.get(i).number(), theirs.get(i).kind()), token(ours.get(i).number(),
                        ours.get(i).kind()));
            }
        }
        String target = unit.target();
        StringBuilder out = new StringBuilder(target.length());
        int at = 0;
        for (Placeholders.Token token : Placeholders.tokens(target)) {
            out.append(target, at, token.start());
            String mapped = renumber.get(key(token.number(), token.kind()));
            if (mapped != null) {
                out.append(mapped);
            }
            at = token.end();
        }
        out.append(target.substring(at));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static String key(int number, InlineCode.Kind kind) {
        return number + ":" + kind;
    }

    private static String token(int number, InlineCode.Kind kind) {
        return new InlineCode(number, kind, "", "").token();
    }
}
