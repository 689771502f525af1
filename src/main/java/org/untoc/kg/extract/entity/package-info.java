/**
 * Extraction of States, organisations, meetings, attendance and statements.
 *
 * <p>Names resolve against curated reference data only: {@link org.untoc.kg.extract.entity.StateNameIndex}
 * (country table + {@code ontology/sources/state-name-variants.csv}) and
 * {@link org.untoc.kg.extract.entity.OrganizationIndex} ({@code ontology/sources/organizations.csv}); a name they do
 * not know becomes an {@code untoc:UnresolvedEntity} ({@code id/unresolved/{slug}}) in State lists or an uncurated
 * organisation ({@code id/organization/{slug}}, {@code untoc:curated false}) in organisation lists — never a guess.
 * The European Union is an organisation and a party, never a State.
 *
 * <p>IRIs minted here: meetings {@code id/cop/working-group/{slug}/meeting/{ordinal}} when a text states the
 * ordinal, else {@code …/meeting/{yyyy-MM-dd}} of the first day (a text that gives both makes the ordinal IRI win
 * inside that text; {@link org.untoc.kg.extract.entity.MeetingIdentities} links the two across texts); sessions
 * {@code id/cop/session/{n}}; agenda items {@code {meeting}/agenda-item/{n}}; persons {@code id/person/{slug}};
 * participations and statements {@code {paragraph}/participation/{ISO3|slug}} and
 * {@code {paragraph}/statement/item-{n}/{ISO3|slug}}; discussion points {@code {paragraph}/discussion-point}.
 */
package org.untoc.kg.extract.entity;
