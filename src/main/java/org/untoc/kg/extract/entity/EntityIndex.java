package org.untoc.kg.extract.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of entities, matched on folded text (see {@link NormalizedText}) with longest match first, so that
 * "Nigeria" is never read as "Niger", nor "Guinea-Bissau" as "Guinea", nor "Dominican Republic" as "Dominica".
 */
public final class EntityIndex {
    /** One written form: its folded key, the entity, and, for acronyms, the exact case-sensitive form. */
    record Entry(String key, Entity entity, String exact) {}

    /** A match in a text: folded range [start, end), the entity and the name as written. */
    public record Match(int start, int end, Entity entity, String written) {}

    private final Map<String, Entry> byKey;
    private final Map<String, List<Entry>> byFirstToken;

    private EntityIndex(Map<String, Entry> byKey) {
        this.byKey = byKey;
        Map<String, List<Entry>> first = new HashMap<>();
        for (Entry e : byKey.values()) first.computeIfAbsent(firstToken(e.key(), 0), k -> new ArrayList<>()).add(e);
        for (List<Entry> l : first.values()) l.sort(Comparator.comparingInt((Entry e) -> e.key().length()).reversed());
        this.byFirstToken = first;
    }

    /** Builds an index; the first entity added under a key keeps it (callers add preferred names first). */
    public static final class Builder {
        private final Map<String, Entry> byKey = new LinkedHashMap<>();
        private final List<String> conflicts = new ArrayList<>();

        /** Adds a name; an all-capitals short name (an acronym) matches only as written. */
        public Builder add(String name, Entity entity) {
            String stripped = name == null ? "" : name.strip();
            if (stripped.isEmpty()) return this;
            String key = NormalizedText.key(stripped);
            boolean acronym = stripped.length() <= 8 && stripped.equals(stripped.toUpperCase(java.util.Locale.ROOT))
                    && stripped.chars().anyMatch(Character::isLetter) && !stripped.contains(" ");
            Entry old = byKey.get(key);
            if (old != null) {
                if (!old.entity().iri().equals(entity.iri())) conflicts.add(stripped + " → " + old.entity().iri() + " / " + entity.iri());
                return this;
            }
            byKey.put(key, new Entry(key, entity, acronym ? stripped : null));
            return this;
        }

        /** Adds every entry of another index (its entries lose to names already here). */
        public Builder addAll(EntityIndex other) {
            for (Entry e : other.byKey.values()) {
                if (!byKey.containsKey(e.key())) byKey.put(e.key(), e);
            }
            return this;
        }

        /** Names that two entities claimed; the first one kept them. */
        public List<String> conflicts() {
            return List.copyOf(conflicts);
        }

        public EntityIndex build() {
            return new EntityIndex(new LinkedHashMap<>(byKey));
        }
    }

    /** The entity whose name is exactly {@code name} (folded), if any. */
    public Optional<Entity> resolve(String name) {
        if (name == null) return Optional.empty();
        String key = NormalizedText.key(stripArticle(name.strip()));
        Entry e = byKey.get(key);
        if (e == null) return Optional.empty();
        if (e.exact() != null && !stripArticle(name.strip()).equals(e.exact())) return Optional.empty();
        return Optional.of(e.entity());
    }

    /** The longest name starting at folded position {@code pos} and ending at a word boundary. */
    public Optional<Match> longestAt(NormalizedText text, int pos) {
        String f = text.folded();
        List<Entry> candidates = byFirstToken.get(firstToken(f, pos));
        if (candidates == null) return Optional.empty();
        for (Entry e : candidates) {
            int end = pos + e.key().length();
            if (!f.startsWith(e.key(), pos) || !boundaryAt(f, end)) continue;
            String written = text.originalOf(pos, end);
            if (e.exact() != null && !written.equals(e.exact())) continue;
            return Optional.of(new Match(pos, end, e.entity(), written));
        }
        return Optional.empty();
    }

    /** Every name starting at folded position {@code pos} and ending at a word boundary, longest first. */
    public List<Match> matchesAt(NormalizedText text, int pos) {
        String f = text.folded();
        List<Entry> candidates = byFirstToken.get(firstToken(f, pos));
        List<Match> out = new ArrayList<>();
        if (candidates == null) return out;
        for (Entry e : candidates) {
            int end = pos + e.key().length();
            if (!f.startsWith(e.key(), pos) || !boundaryAt(f, end)) continue;
            String written = text.originalOf(pos, end);
            if (e.exact() != null && !written.equals(e.exact())) continue;
            out.add(new Match(pos, end, e.entity(), written));
        }
        return out;
    }

    /** Every longest, non-overlapping name in {@code text}, left to right (for mentions in running text). */
    public List<Match> findAll(String text) {
        NormalizedText t = NormalizedText.of(text);
        String f = t.folded();
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < f.length()) {
            if (i == 0 || !isWordChar(f.charAt(i - 1))) {
                Optional<Match> m = longestAt(t, i);
                if (m.isPresent()) {
                    out.add(m.get());
                    i = m.get().end();
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** All distinct entities in this index. */
    public Collection<Entity> entities() {
        Map<String, Entity> seen = new LinkedHashMap<>();
        for (Entry e : byKey.values()) seen.putIfAbsent(e.entity().iri(), e.entity());
        return seen.values();
    }

    /** Number of written forms. */
    public int size() {
        return byKey.size();
    }

    static String stripArticle(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4).strip() : name;
    }

    private static boolean boundaryAt(String f, int end) {
        return end >= f.length() || !isWordChar(f.charAt(end));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'';
    }

    private static String firstToken(String f, int pos) {
        int i = pos;
        while (i < f.length() && Character.isLetterOrDigit(f.charAt(i))) i++;
        return f.substring(pos, Math.max(pos, i));
    }
}
