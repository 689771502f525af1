package org.untoc.kg.extract.entity;

import org.untoc.kg.rdf.Terms;
import org.untoc.kg.rdf.TripleWriter;
import org.untoc.kg.vocab.Untoc;

/** Writes what an {@link Entity} is: its classes, and for a node only the text knows, its written name. */
public final class EntityTypes {
    private EntityTypes() {}

    /** Types an entity as what it is; names a node only the text knows (uncurated or unresolved) by its written name. */
    public static void write(TripleWriter t, Entity e) {
        switch (e.kind()) {
            case STATE -> t.type(e.iri(), Untoc.State);
            case ORGANIZATION -> {
                t.type(e.iri(), Untoc.Organization);
                if (e.party()) t.type(e.iri(), Untoc.Party);
                if ("regional economic integration organization".equals(e.type())) {
                    t.type(e.iri(), Untoc.RegionalEconomicIntegrationOrganization);
                }
            }
            case TOOL -> t.type(e.iri(), Untoc.Tool);
            case UNRESOLVED -> t.type(e.iri(), Untoc.UnresolvedEntity);
        }
        if (!e.curated()) {
            t.bool(e.iri(), Untoc.curated, false);
            t.string(e.iri(), Terms.LABEL, e.name());
        }
    }
}
