package org.untoc.kg.extract.entity;

import org.untoc.kg.vocab.Ids;

/**
 * A meeting of a working group as one phrase of a text states it.
 *
 * @param group       whose meeting
 * @param ordinal     "twelfth" → 12, or null when the text gives none
 * @param dates       the days it was held, or null
 * @param venue       "Vienna", or null
 * @param format      "hybrid", "virtual"…, or null
 * @param session     the Conference session it was held during, or null
 * @param jointWith   index (in the same parse) of the meeting this one was held in conjunction with, or -1
 * @param verb        the verb the phrase hangs on ("adopted", "discussed"…), lower case, or null
 * @param from        start offset of the phrase
 * @param to          end offset of the phrase
 */
public record MeetingMention(WorkingGroup group, Integer ordinal, DateSpan dates, String venue, String format,
                             Integer session, int jointWith, String verb, int from, int to) {

    /**
     * The meeting's IRI: {@code …/meeting/{ordinal}} when the ordinal is stated, else {@code …/meeting/{first day}};
     * null when the phrase gives neither (the meeting cannot be identified, so it is not recorded).
     */
    public String iri() {
        if (ordinal != null) return Ids.meeting(group.slug, ordinal);
        if (dates != null) return Ids.meeting(group.slug, dates.start());
        return null;
    }

    MeetingMention withJointWith(int index) {
        return new MeetingMention(group, ordinal, dates, venue, format, session, index, verb, from, to);
    }

    MeetingMention withSession(Integer s) {
        return new MeetingMention(group, ordinal, dates, venue, format, s, jointWith, verb, from, to);
    }

    /** The same meeting with the ordinal another phrase of the same text gives it. */
    public MeetingMention withOrdinal(Integer o) {
        return new MeetingMention(group, o, dates, venue, format, session, jointWith, verb, from, to);
    }
}
