package org.untoc.kg.extract.entity;

/**
 * Something a text names: a State, an organisation, a tool, or a name nothing in the reference data matches.
 *
 * @param iri      its resource IRI
 * @param name     its reference name (for unresolved entities: the name as written)
 * @param kind     what it is
 * @param type     the curated type ("regional economic integration organization", "network"…), or null
 * @param party    true when the reference data says it is itself a party to the Convention (the European Union)
 * @param curated  false for nodes minted from a name as written, with no curated record behind them
 */
public record Entity(String iri, String name, Kind kind, String type, boolean party, boolean curated) {

    /** What an entity is. */
    public enum Kind { STATE, ORGANIZATION, TOOL, UNRESOLVED }

    /** True for States (id/state/{ISO3}); the European Union is an organisation, never a State. */
    public boolean isState() {
        return kind == Kind.STATE;
    }
}
