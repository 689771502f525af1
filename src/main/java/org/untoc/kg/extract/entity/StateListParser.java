package org.untoc.kg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.untoc.kg.vocab.Ids;

/**
 * Splits a UN list of names, "A, B, C and D", into entities.
 *
 * <p>Names may contain "and" ("Bosnia and Herzegovina", "United Kingdom of Great Britain and Northern Ireland")
 * or commas inside parentheses, so items are found by the longest known name that is followed by a separator
 * (comma, semicolon, "and", end), not by splitting on separators first. A stretch no name matches becomes one
 * item ending at the next comma outside parentheses, resolved by the {@code unknown} policy; it is reported,
 * never guessed.
 */
public final class StateListParser {
    /** One item of a list: the name as written and what it resolved to. */
    public record Item(String written, Entity entity) {
        /** False when no reference data knew the name. */
        public boolean resolved() {
            return entity.curated() && entity.kind() != Entity.Kind.UNRESOLVED;
        }
    }

    private final EntityIndex index;
    private final Function<String, Entity> unknown;

    /** @param unknown makes the node for a name the index does not know (see {@link #unresolved}). */
    public StateListParser(EntityIndex index, Function<String, Entity> unknown) {
        this.index = index;
        this.unknown = unknown;
    }

    /** A parser that reports unknown names as {@link Entity.Kind#UNRESOLVED} nodes. */
    public StateListParser(EntityIndex index) {
        this(index, StateListParser::unresolved);
    }

    /** An unresolved-entity node for a name as written: {@code id/unresolved/{slug}}. */
    public static Entity unresolved(String written) {
        return new Entity(Ids.unresolved(OrganizationIndex.slug(written)), written.strip(), Entity.Kind.UNRESOLVED, null, false, false);
    }

    /** The items of {@code list}, in order; text before a colon is not part of the list and must be cut by the caller. */
    public List<Item> parse(String list) {
        NormalizedText t = NormalizedText.of(list);
        String f = t.folded();
        List<Item> items = new ArrayList<>();
        int pos = 0;
        while (true) {
            pos = skipSeparators(f, pos);
            if (pos >= f.length()) break;
            Optional<EntityIndex.Match> m = knownAt(t, pos);
            if (m.isEmpty() && f.startsWith("the ", pos)) m = knownAt(t, pos + 4);
            if (m.isPresent()) {
                items.add(new Item(m.get().written(), m.get().entity()));
                pos = m.get().end();
                continue;
            }
            int end = segmentEnd(f, pos);
            boolean last = end >= f.length() || f.substring(end).matches("[\\s.;:]*");
            String segment = t.originalOf(pos, end);
            addUnknown(items, stripFinalStop(segment), last);
            pos = end;
        }
        return items;
    }

    private Optional<EntityIndex.Match> knownAt(NormalizedText t, int pos) {
        List<EntityIndex.Match> all = index.matchesAt(t, pos);
        for (EntityIndex.Match m : all) {
            if (followedBySeparator(t.folded(), m.end())) return Optional.of(m);
        }
        // "Italy (on behalf of the European Union)": a known name with a remark in parentheses is that name.
        for (EntityIndex.Match m : all) {
            int close = remarkEnd(t.folded(), m.end());
            if (close > 0 && followedBySeparator(t.folded(), close)) {
                return Optional.of(new EntityIndex.Match(m.start(), close, m.entity(), m.written()));
            }
        }
        return Optional.empty();
    }

    /** End of a parenthesised remark right after {@code end}, or -1. */
    private static int remarkEnd(String f, int end) {
        int i = end;
        while (i < f.length() && f.charAt(i) == ' ') i++;
        if (i >= f.length() || f.charAt(i) != '(') return -1;
        int close = f.indexOf(')', i);
        return close < 0 || f.substring(i + 1, close).contains("(") ? -1 : close + 1;
    }

    private void addUnknown(List<Item> items, String segment, boolean last) {
        segment = EntityIndex.stripArticle(segment.strip());
        if (segment.isBlank()) return;
        if (last) {
            // In the last stretch, " and " may join two items: split where the right-hand side is a known name,
            // else at the last " and " (UN lists put "and" before the final item only).
            List<Integer> ands = new ArrayList<>();
            for (int i = segment.indexOf(" and "); i >= 0; i = segment.indexOf(" and ", i + 1)) {
                if (depthAt(segment, i) == 0) ands.add(i);
            }
            for (int i : ands) {
                String right = segment.substring(i + 5).strip();
                Optional<Entity> known = index.resolve(right);
                if (known.isPresent()) {
                    items.add(new Item(segment.substring(0, i).strip(), unknown.apply(segment.substring(0, i).strip())));
                    items.add(new Item(right, known.get()));
                    return;
                }
            }
            if (!ands.isEmpty()) {
                int i = ands.get(ands.size() - 1);
                String left = segment.substring(0, i).strip();
                String right = segment.substring(i + 5).strip();
                items.add(new Item(left, index.resolve(left).orElseGet(() -> unknown.apply(left))));
                items.add(new Item(right, unknown.apply(right)));
                return;
            }
        }
        items.add(new Item(segment.strip(), unknown.apply(segment.strip())));
    }

    private static int depthAt(String s, int upTo) {
        int depth = 0;
        for (int i = 0; i < upTo; i++) {
            if (s.charAt(i) == '(') depth++;
            else if (s.charAt(i) == ')') depth = Math.max(0, depth - 1);
        }
        return depth;
    }

    private static String stripFinalStop(String s) {
        return s.strip().replaceAll("[\\s.;:]+$", "");
    }

    private static int skipSeparators(String f, int pos) {
        while (pos < f.length()) {
            char c = f.charAt(pos);
            if (c == ' ' || c == ',' || c == ';' || c == '.' || c == ':') { pos++; continue; }
            if (f.startsWith("and ", pos) && (pos == 0 || !Character.isLetterOrDigit(f.charAt(pos - 1)))) { pos += 4; continue; }
            break;
        }
        return pos;
    }

    private static boolean followedBySeparator(String f, int end) {
        int i = end;
        while (i < f.length() && f.charAt(i) == ' ') i++;
        if (i >= f.length()) return true;
        char c = f.charAt(i);
        if (c == ',' || c == ';' || c == '.' || c == ':') return true;
        return f.startsWith("and ", i) || f.startsWith("and,", i);
    }

    private static int segmentEnd(String f, int pos) {
        int depth = 0;
        for (int i = pos; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if ((c == ',' || c == ';') && depth == 0) return i;
        }
        return f.length();
    }
}
