package org.untoc.kg.extract.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.reference.Csv;

/**
 * The curated instruments by every name the texts give them — full title, short title and the other names of the
 * table ({@code ontology/sources/instruments.csv}, column {@code also_known_as}) — so that "the Trafficking in Persons
 * Protocol" or "the Salvador Declaration" is recognised by the same table the reference data is generated from, and
 * the chapters each instrument has ({@code ontology/sources/chapters.csv}).
 */
public final class InstrumentNames {
    static final String INSTRUMENTS = "ontology/sources/instruments.csv";
    static final String CHAPTERS = "ontology/sources/chapters.csv";
    /** "…, supplementing the United Nations Convention against …": a Protocol names the Convention it supplements. */
    private static final Pattern SUPPLEMENTING = Pattern.compile(",?\\s+supplementing\\s+the\\s+(.+)$");
    /** The word after "on" that continues a name: "Doha Declaration on Integrating …". */
    private static final Pattern ON_NEXT = Pattern.compile("^\\s+on\\s+([\\p{L}\\p{N}]+)");

    private record Name(String segment, String name, Pattern pattern, String titleRest) {
        String firstWord() {
            int space = name.indexOf(' ');
            return space < 0 ? name : name.substring(0, space);
        }
    }

    /** One name found in a text. */
    record Found(int start, int end, String segment) {}

    private static final class Holder {
        static final InstrumentNames SHARED = load();
    }

    private final List<Name> names;
    private final Map<String, List<String>> supplements;
    private final Set<String> chapters;
    private final Set<String> declarations = new HashSet<>();

    InstrumentNames(List<Csv.Row> instruments, List<Csv.Row> chapterRows) {
        List<Name> all = new ArrayList<>();
        Map<String, String> segmentByTitle = new LinkedHashMap<>();
        for (Csv.Row r : instruments) segmentByTitle.put(r.require("title"), r.require("id"));
        supplements = new LinkedHashMap<>();
        for (Csv.Row r : instruments) {
            String segment = r.require("id");
            String title = r.require("title");
            if (r.require("type").equals("Declaration")) declarations.add(segment);
            Set<String> forms = new HashSet<>();
            forms.add(title);
            forms.add(r.require("short_title"));
            for (String aka : r.get("also_known_as").split("\\|")) if (!aka.isBlank()) forms.add(aka.strip());
            for (String form : forms) {
                String rest = title.startsWith(form) && !title.equals(form) ? title.substring(form.length()) : null;
                all.add(new Name(segment, form, pattern(form), rest));
            }
            Matcher s = SUPPLEMENTING.matcher(title);
            if (s.find() && segmentByTitle.containsKey(s.group(1))) {
                supplements.computeIfAbsent(segmentByTitle.get(s.group(1)), k -> new ArrayList<>()).add(segment);
            }
        }
        // Longest first, so "Protocol against the Smuggling of Migrants by Land, Sea and Air" wins over its prefix.
        all.sort(Comparator.comparingInt((Name n) -> -n.name().length()));
        names = List.copyOf(all);
        chapters = new HashSet<>();
        for (Csv.Row r : chapterRows) chapters.add(r.require("instrument") + "/" + r.require("chapter"));
    }

    /** The table shipped with the application, read once. */
    public static InstrumentNames shared() {
        return Holder.SHARED;
    }

    static InstrumentNames load() {
        return new InstrumentNames(rows(INSTRUMENTS), rows(CHAPTERS));
    }

    private static List<Csv.Row> rows(String resource) {
        try (InputStream in = InstrumentNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
            return Csv.parse(Path.of(resource), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static Pattern pattern(String name) {
        StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{N}-])");
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) p.append("\\s+");
            p.append(Pattern.quote(words[i]));
        }
        return Pattern.compile(p.append("(?![\\p{L}\\p{N}-])").toString());
    }

    /** Every curated name in {@code text}, longest first where two overlap, in text order. */
    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (Name n : names) {
            // Cheap test first: most sentences name no instrument.
            if (!text.contains(n.firstWord())) continue;
            Matcher x = n.pattern().matcher(text);
            while (x.find()) {
                if (overlaps(found, x.start(), x.end()) || continuesOtherwise(n, text, x.end())) continue;
                found.add(new Found(x.start(), x.end(), n.segment()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * A short name followed by "on …" that is not how its own title goes on is another text of that name: "the Doha
     * Declaration on the TRIPS Agreement" is not the Doha Declaration on Integrating Crime Prevention ….
     */
    private static boolean continuesOtherwise(Name n, String text, int end) {
        Matcher next = ON_NEXT.matcher(text.substring(end));
        if (!next.find()) return false;
        if (n.titleRest() == null) return true;
        Matcher own = ON_NEXT.matcher(n.titleRest());
        return !own.find() || !own.group(1).equalsIgnoreCase(next.group(1));
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        for (Found f : found) if (start < f.end() && end > f.start()) return true;
        return false;
    }

    /** True for an instrument of the curated table. */
    boolean curated(String segment) {
        for (Name n : names) if (n.segment().equals(segment)) return true;
        return false;
    }

    /** The instruments that supplement {@code segment} (the three Protocols of the Convention), in table order. */
    List<String> supplementing(String segment) {
        return supplements.getOrDefault(segment, List.of());
    }

    /** True for a declaration of the table: a text, not a treaty, so never what "the Convention" stands for. */
    boolean declaration(String segment) {
        return declarations.contains(segment);
    }

    /** True when the chapter table has chapter {@code roman} of {@code segment}. */
    boolean hasChapter(String segment, String roman) {
        return chapters.contains(segment + "/" + roman.toUpperCase(Locale.ROOT));
    }
}
