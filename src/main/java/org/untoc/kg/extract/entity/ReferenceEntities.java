package org.untoc.kg.extract.entity;

/** The curated reference data extractors resolve names against: States and organisations, loaded once. */
public final class ReferenceEntities {
    private static volatile ReferenceEntities defaults;

    private final StateNameIndex states;
    private final OrganizationIndex organizations;
    private final EntityIndex combined;

    public ReferenceEntities(StateNameIndex states, OrganizationIndex organizations) {
        this.states = states;
        this.organizations = organizations;
        // State names first: no organisation alias may take a State's name.
        this.combined = new EntityIndex.Builder().addAll(states.index()).addAll(organizations.index()).build();
    }

    /** The reference data shipped on the classpath. */
    public static ReferenceEntities defaults() {
        ReferenceEntities d = defaults;
        if (d == null) {
            synchronized (ReferenceEntities.class) {
                if (defaults == null) defaults = new ReferenceEntities(StateNameIndex.load(), OrganizationIndex.load());
                d = defaults;
            }
        }
        return d;
    }

    public StateNameIndex states() {
        return states;
    }

    public OrganizationIndex organizations() {
        return organizations;
    }

    /** States and organisations together, for lists that mix them ("…, El Salvador, European Union, France…"). */
    public EntityIndex combined() {
        return combined;
    }

    /** A list parser for lists of parties or States: unknown names become unresolved-entity nodes. */
    public StateListParser stateLists() {
        return new StateListParser(combined, StateListParser::unresolved);
    }

    /** A list parser for lists of organisations: unknown names become uncurated organisation nodes. */
    public StateListParser organizationLists() {
        return new StateListParser(combined, OrganizationIndex::uncurated);
    }
}
