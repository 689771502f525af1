package org.untoc.kg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.untoc.kg.vocab.Ids;

/**
 * Curated organisations and tools ({@code ontology/sources/organizations.csv}) by name, alias and acronym, and the
 * minting of uncurated organisation nodes for names it does not know.
 */
public final class OrganizationIndex {
    public static final String TABLE = "ontology/sources/organizations.csv";

    /** One curated row. */
    public record Record(String slug, String kind, String type, String name, List<String> aliases, boolean party,
                         String source, int line) {
        /** The IRI: {@code id/organization/{slug}} or, for tools, {@code id/tool/{slug}}. */
        public String iri() {
            return "tool".equals(kind) ? Ids.tool(slug) : Ids.organization(slug);
        }

        /** The entity this record describes. */
        public Entity entity() {
            return new Entity(iri(), name, "tool".equals(kind) ? Entity.Kind.TOOL : Entity.Kind.ORGANIZATION, type, party, true);
        }
    }

    private final List<Record> records;
    private final EntityIndex index;

    private OrganizationIndex(List<Record> records, EntityIndex index) {
        this.records = records;
        this.index = index;
    }

    /** Loads the curated table from the classpath. */
    public static OrganizationIndex load() {
        return build(CsvTable.load(TABLE));
    }

    /** Builds the index from a table with columns slug, kind, type, name, aliases, party, source. */
    public static OrganizationIndex build(CsvTable table) {
        table.requireColumns("slug", "kind", "type", "name", "aliases", "party", "source");
        List<Record> records = new ArrayList<>();
        EntityIndex.Builder b = new EntityIndex.Builder();
        for (CsvTable.Row row : table.rows()) {
            String slug = row.get("slug");
            String kind = row.get("kind");
            if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException(table.name() + ":" + row.line() + ": bad slug \"" + slug + "\"");
            }
            if (!kind.equals("organization") && !kind.equals("tool")) {
                throw new IllegalArgumentException(table.name() + ":" + row.line() + ": kind must be organization or tool");
            }
            if (row.get("source").isEmpty()) {
                throw new IllegalArgumentException(table.name() + ":" + row.line() + ": every row needs a source");
            }
            List<String> aliases = new ArrayList<>();
            for (String a : row.get("aliases").split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
            Record r = new Record(slug, kind, row.get("type"), row.get("name"), List.copyOf(aliases),
                    row.get("party").equalsIgnoreCase("yes"), row.get("source"), row.line());
            records.add(r);
        }
        // Full names first, then aliases, so an alias never takes a name from another organisation.
        for (Record r : records) b.add(r.name(), r.entity());
        for (Record r : records) for (String a : r.aliases()) b.add(a, r.entity());
        // Lists write "European Union Agency for Criminal Justice Cooperation (Eurojust)": name and acronym together.
        for (Record r : records) for (String a : r.aliases()) b.add(r.name() + " (" + a + ")", r.entity());
        return new OrganizationIndex(List.copyOf(records), b.build());
    }

    /** Curated rows in file order. */
    public List<Record> records() {
        return records;
    }

    /** The curated organisation or tool named exactly {@code name}. */
    public Optional<Entity> resolve(String name) {
        return index.resolve(name);
    }

    /** The underlying name index. */
    public EntityIndex index() {
        return index;
    }

    /**
     * An organisation node for a name no curated row knows: {@code id/organization/{slug of the name}}, marked not
     * curated. The slug is the name as written, so two texts naming it the same way share the node.
     */
    public static Entity uncurated(String writtenName) {
        return new Entity(Ids.organization(slug(writtenName)), writtenName.strip(), Entity.Kind.ORGANIZATION, null, false, false);
    }

    /** Lower-case ASCII slug of a name: "Foo Bar (FB)" → "foo-bar-fb". */
    public static String slug(String name) {
        String f = NormalizedText.key(name).replace("'", "");
        String s = f.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 80) s = s.substring(0, 80).replaceAll("-+$", "");
        return s.isEmpty() ? "unnamed" : s.toLowerCase(Locale.ROOT);
    }
}
