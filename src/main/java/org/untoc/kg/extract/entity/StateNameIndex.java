package org.untoc.kg.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.vocab.Ids;

/**
 * Names UN documents give States, resolved to {@code id/state/{ISO3}}.
 *
 * <p>A row of the table is a State when it has an M49 code and a UNTERM English short name (Member States and
 * the non-member States UNTERM marks with "*"), or is independent and named by a curated variant (Türkiye and
 * Côte d'Ivoire, whose UNTERM columns are empty in this copy of the table); territories and areas are not.
 *
 * <p>Sources, in order of preference (an earlier source keeps a name two States would share): the country table
 * {@code ontology/sources/country-codes.csv} (UNTERM English short name without its trailing "(the)", UNTERM
 * English formal name without its leading "the", official English name, CLDR display name), then the curated
 * variants in {@code ontology/sources/state-name-variants.csv}. A name written "Iran (Islamic Republic of)" is
 * also indexed in its running-text order, "Islamic Republic of Iran".
 */
public final class StateNameIndex {
    public static final String COUNTRY_TABLE = "ontology/sources/country-codes.csv";
    public static final String VARIANTS = "ontology/sources/state-name-variants.csv";

    private static final Pattern INVERTED = Pattern.compile("^(.+?) \\((.+) of\\)$");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*(\\(the\\))?\\s*\\**\\s*$");

    private final EntityIndex index;
    private final Map<String, String> referenceNames;
    private final List<String> conflicts;

    private StateNameIndex(EntityIndex index, Map<String, String> referenceNames, List<String> conflicts) {
        this.index = index;
        this.referenceNames = referenceNames;
        this.conflicts = conflicts;
    }

    /** Loads the country table and the curated variants from the classpath. */
    public static StateNameIndex load() {
        return build(CsvTable.load(COUNTRY_TABLE), CsvTable.load(VARIANTS));
    }

    /** Builds the index from a country table and a variants table. */
    public static StateNameIndex build(CsvTable countries, CsvTable variants) {
        countries.requireColumns("UNTERM English Short", "UNTERM English Formal", "official_name_en",
                "CLDR display name", "ISO3166-1-Alpha-3", "M49", "is_independent");
        variants.requireColumns("name", "iso3", "reason");
        Map<String, String> refName = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        java.util.Set<String> withUnterm = new java.util.HashSet<>();
        java.util.Set<String> curatedCodes = new java.util.HashSet<>();
        for (CsvTable.Row row : variants.rows()) curatedCodes.add(row.get("iso3"));
        for (CsvTable.Row row : countries.rows()) {
            String iso3 = row.get("ISO3166-1-Alpha-3");
            if (iso3.isEmpty() || row.get("M49").isEmpty()) continue;
            boolean unterm = !row.get("UNTERM English Short").isEmpty();
            if (!unterm && !("Yes".equals(row.get("is_independent")) && curatedCodes.contains(iso3))) continue;
            List<String> forms = new ArrayList<>();
            addForm(forms, clean(row.get("UNTERM English Short")));
            addForm(forms, EntityIndex.stripArticle(clean(row.get("UNTERM English Formal"))));
            addForm(forms, clean(row.get("official_name_en")));
            addForm(forms, clean(row.get("CLDR display name")));
            names.put(iso3, forms);
            if (!row.get("UNTERM English Short").isEmpty()) withUnterm.add(iso3);
            if (!forms.isEmpty()) refName.put(iso3, forms.get(0));
        }
        // Curated variants come last: they add names, they never take one from the table.
        Map<String, List<String>> curated = new LinkedHashMap<>();
        for (CsvTable.Row row : variants.rows()) {
            String iso3 = row.get("iso3");
            if (!names.containsKey(iso3)) {
                throw new IllegalArgumentException(variants.name() + ":" + row.line() + ": " + iso3
                        + " is no State of the country table");
            }
            curated.computeIfAbsent(iso3, k -> new ArrayList<>()).add(row.get("name"));
            // A State the table gives no UNTERM name (Türkiye, Côte d'Ivoire) is named by its first curated variant.
            if (!withUnterm.contains(iso3) && curated.get(iso3).size() == 1) refName.put(iso3, row.get("name"));
        }
        EntityIndex.Builder b = new EntityIndex.Builder();
        // Preferred forms of every State first, then secondary forms, so a short form never steals a full name.
        for (int rank = 0; rank < 4; rank++) {
            for (Map.Entry<String, List<String>> e : names.entrySet()) {
                if (e.getValue().size() <= rank) continue;
                addWithInversion(b, e.getValue().get(rank), state(e.getKey(), refName));
            }
        }
        for (Map.Entry<String, List<String>> e : curated.entrySet()) {
            for (String n : e.getValue()) addWithInversion(b, n, state(e.getKey(), refName));
        }
        return new StateNameIndex(b.build(), refName, b.conflicts());
    }

    private static Entity state(String iso3, Map<String, String> refName) {
        return new Entity(Ids.state(iso3), refName.getOrDefault(iso3, iso3), Entity.Kind.STATE, null, false, true);
    }

    private static void addWithInversion(EntityIndex.Builder b, String name, Entity e) {
        b.add(name, e);
        Matcher m = INVERTED.matcher(name);
        if (m.matches()) b.add(m.group(2) + " of " + m.group(1), e);
    }

    private static void addForm(List<String> forms, String name) {
        if (!name.isEmpty() && !forms.contains(name)) forms.add(name);
    }

    private static String clean(String s) {
        return TRAILING_NOTE.matcher(s.strip()).replaceFirst("").strip();
    }

    /** The State named exactly {@code name} (case, apostrophe and whitespace tolerant; a leading "the" ignored). */
    public Optional<Entity> resolve(String name) {
        return index.resolve(name);
    }

    /** The underlying name index. */
    public EntityIndex index() {
        return index;
    }

    /** Names two States claimed in the sources; the preferred source kept each. */
    public List<String> conflicts() {
        return conflicts;
    }
}
