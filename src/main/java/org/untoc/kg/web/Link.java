package org.untoc.kg.web;

/**
 * A link on a page: {@code href} is a page of this site or a web address (null when the IRI is neither, so that
 * the data can never plant a {@code javascript:} link), {@code hover} the target's label, date and title,
 * {@code external} true for a web address outside this dataset.
 */
public record Link(String iri, String href, String label, String hover, boolean external) {

    static Link to(String iri, String label, String hover, PublicBase base) {
        String href = base.isLocal(iri) || PublicBase.isWebIri(iri) ? base.href(iri) : null;
        return new Link(iri, href, label, hover, !base.isLocal(iri));
    }

    static Link to(String iri, String stated, String date, String title, PublicBase base) {
        String label = Labels.of(iri, stated, title, base);
        StringBuilder hover = new StringBuilder(label);
        if (date != null) {
            hover.append(" — ").append(date);
        }
        if (title != null && !title.equals(label)) {
            hover.append(" — ").append(title);
        }
        return to(iri, label, hover.toString(), base);
    }
}
