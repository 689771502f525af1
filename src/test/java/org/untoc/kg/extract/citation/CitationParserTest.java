package org.untoc.kg.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.untoc.kg.vocab.Ids;

/**
 * Table of sentences in the style of UN texts → the citations they make. Each expected citation is written as the
 * target IRI after {@code id/} (or "?" and the text when unresolved), then " nested" when the clause verb does not
 * apply to it, " @date" and " “title”" when the text states them, " #pinpoint" for document pins.
 */
class CitationParserTest {
    private static final CitationParser PARSER = new CitationParser(TreatySeries.load());
    private static final CitationContext UNTOC = CitationContext.untoc();
    private static final CitationContext UNKNOWN = CitationContext.unknown();
    private static final CitationContext UNCAC = new CitationContext(Ids.Body.COSP, Ids.Body.COSP, "uncac", null);
    /** A General Assembly resolution on the Organized Crime Convention. */
    private static final CitationContext GA = new CitationContext(Ids.Body.GA, Ids.Body.COP, "untoc", null);
    private static final CitationContext CCPCJ = new CitationContext(Ids.Body.CCPCJ, Ids.Body.COP, "untoc", null);

    static Stream<Arguments> sentences() {
        return Stream.of(
                // --- acts of the Conference, with stated dates and titles
                row("Recalling its decision 2/2 of 19 October 2005, entitled “Implementation of the international"
                                + " cooperation provisions of the United Nations Convention against Transnational Organized"
                                + " Crime”, to establish, at its third session, an open-ended working group,", UNTOC,
                        "cop/decision/2/2 @2005-10-19 “Implementation of the international cooperation provisions of the"
                                + " United Nations Convention against Transnational Organized Crime”"),
                row("Recalling its decision 4/2 of 17 October 2008 and its resolution 5/8 of 22 October 2010, both"
                                + " entitled “Implementation of the provisions on international cooperation”, its resolution"
                                + " 6/1 of 19 October 2012, entitled “Ensuring effective implementation”, and its resolution"
                                + " 7/4 of 10 October 2014, entitled “Implementation of the international cooperation"
                                + " provisions”,", UNTOC,
                        "cop/decision/4/2 @2008-10-17 “Implementation of the provisions on international cooperation”",
                        "cop/resolution/5/8 @2010-10-22 “Implementation of the provisions on international cooperation”",
                        "cop/resolution/6/1 @2012-10-19 “Ensuring effective implementation”",
                        "cop/resolution/7/4 @2014-10-10 “Implementation of the international cooperation provisions”"),
                row("Reaffirms its decision 3/2, in which it decided that the Working Group should be a constant element"
                        + " of the Conference.", UNTOC, "cop/decision/3/2"),
                row("(i) In accordance with the mandates contained in Conference resolution 5/8 and relevant guidance,",
                        UNTOC, "cop/resolution/5/8 nested"),
                row("organized by the Secretariat pursuant to Conference decision 3/2 and held in Bogotá", UNTOC,
                        "cop/decision/3/2 nested"),
                row("annexed to Conference resolution 9/1, and the guidelines for conducting the country reviews,"
                        + " annexed to Conference resolution 10/1;", UNTOC, "cop/resolution/9/1 nested", "cop/resolution/10/1 nested"),
                row("The Working Group decided to update decision 3/2 and to recommend the adoption by the Conference of"
                        + " a new decision (decision 4/2).", UNTOC, "cop/decision/3/2", "cop/decision/4/2"),
                // --- the subject of the sentence owns "its"
                row("Recalling that the Economic and Social Council, in its resolution 2014/17 of 16 July 2014,"
                        + " recommended to the General Assembly the adoption of a resolution on international cooperation,",
                        UNTOC, "ecosoc/resolution/2014/17 @2014-07-16"),
                row("The Conference of the States Parties to the Convention against Corruption decided, in its"
                        + " resolution 5/1: “in order to ensure the effective use of resources”.", UNTOC,
                        "cosp/resolution/5/1"),
                row("the open-ended intergovernmental expert meeting to enhance international cooperation under the"
                                + " United Nations Convention against Corruption convened by the Conference of the States"
                                + " Parties to that Convention in its resolution 4/2.", UNTOC, "uncac", "cosp/resolution/4/2"),
                row("Following the meeting, the Conference, in its resolution 5/8, encouraged States parties.", UNTOC,
                        "cop/resolution/5/8"),
                row("In its decision 2/2, the Conference of the Parties to the United Nations Convention against"
                        + " Transnational Organized Crime decided to establish an open-ended working group.", UNKNOWN,
                        "cop/decision/2/2"),
                row("In its resolution 6/1 on ensuring effective implementation of the Organized Crime Convention and"
                        + " the Protocols thereto, the Conference welcomed the activities.", UNTOC, "cop/resolution/6/1",
                        "untoc", "protocol/trafficking-in-persons", "protocol/smuggling-of-migrants", "protocol/firearms"),
                row("Those guidelines were subsequently adopted by the General Assembly in its resolution 69/196 as"
                        + " the International Guidelines.", UNTOC, "ga/resolution/69/196"),
                row("The Commission on Crime Prevention and Criminal Justice, in its resolution 26/3, invited Member"
                        + " States to mainstream a gender perspective.", UNTOC, "ccpcj/resolution/26/3"),
                // --- the body named before or after the number
                row("General Assembly resolution 45/116, annex, and resolution 52/88, annex.", UNTOC,
                        "ga/resolution/45/116", "ga/resolution/52/88"),
                row("General Assembly resolution 45/117, annex, and resolution 53/112, annex I.", UNKNOWN,
                        "ga/resolution/45/117", "ga/resolution/53/112"),
                row("Economic and Social Council resolution 2005/14, annex.", UNTOC, "ecosoc/resolution/2005/14"),
                row("such as Commission on Crime Prevention and Criminal Justice resolution 26/3, in a comprehensive"
                        + " manner", UNTOC, "ccpcj/resolution/26/3"),
                row("Synergies were separately mandated by resolution 5/7 of the Conference of the Parties to the"
                                + " Organized Crime Convention, entitled “Combating transnational organized crime against"
                                + " cultural property”.", UNKNOWN,
                        "cop/resolution/5/7 nested “Combating transnational organized crime against cultural property”"),
                row("the meetings have been convened on an annual basis based on resolution 7/1 of the Conference,"
                        + " in which the Conference encouraged the Working Group", UNTOC, "cop/resolution/7/1"),
                row("Recalling Conference of the States Parties resolution 5/1 and Conference resolution 5/1,", UNTOC,
                        "cosp/resolution/5/1", "cop/resolution/5/1"),
                row("the Conference of the States Parties to the United Nations Convention against Corruption adopted"
                        + " resolutions 5/1 and 6/4, while the Conference of the Parties to the Organized Crime"
                        + " Convention adopted resolution 5/1.", UNTOC,
                        "cosp/resolution/5/1", "cosp/resolution/6/4", "cop/resolution/5/1"),
                // --- a number alone is never enough
                row("The expert meeting was convened pursuant to resolution 4/2.", UNKNOWN, "?resolution 4/2 nested"),
                row("the expert meeting on international cooperation under the Convention against Corruption was"
                        + " convened pursuant to resolution 4/2.", UNTOC, "uncac", "cosp/resolution/4/2 nested"),
                row("In its resolution 3/1, the Conference of the States Parties launched the Implementation Review"
                        + " Mechanism.", UNCAC, "cosp/resolution/3/1"),
                row("the Council Framework Decision 2008/909/JHA of 27 November 2008, on the application of the"
                        + " principle of mutual recognition", UNTOC),
                row("Recalling the Conference of the Parties to the Arms Trade Treaty, in its decision 2/1,", UNTOC,
                        "?its decision 2/1"),
                // --- a body we cannot name, or a short name with nothing to expand it, leaves the act unresolved
                row("Welcoming Commission on Narcotic Drugs resolution 58/1 and General Assembly resolution 70/1,",
                        UNTOC, "?Commission on Narcotic Drugs resolution 58/1", "ga/resolution/70/1"),
                row("Noting that the Commission, in its resolution 26/3, invited Member States to act,", UNTOC,
                        "?its resolution 26/3"),
                row("Noting that the Commission on Crime Prevention and Criminal Justice met and that the Commission,"
                        + " in its resolution 26/3, invited Member States to act,", UNTOC, "ccpcj/resolution/26/3"),
                row("Invites the General Assembly to take note of its resolution 9/3;", UNTOC, "cop/resolution/9/3"),
                row("Recalling the work of the Commission on Crime Prevention and Criminal Justice on trafficking in"
                        + " cultural property, and recalling also its resolution 5/7,", UNTOC, "cop/resolution/5/7"),
                row("Welcoming the adoption by the Economic and Social Council of its resolution 2023/18 of 25 July"
                        + " 2023,", UNTOC, "ecosoc/resolution/2023/18 @2023-07-25"),
                row("Noting the adoption by the General Assembly of resolution 70/1 of 25 September 2015,", UNTOC,
                        "ga/resolution/70/1 @2015-09-25"),
                row("Recalling decisions 1/5 and 2/6 of the Conference, as well as its resolution 5/5,", UNTOC,
                        "cop/decision/1/5", "cop/decision/2/6", "cop/resolution/5/5"),
                row("Concerned that States parties to the Firearms Protocol have not fully implemented articles 5 to"
                        + " 7 thereof,", UNTOC, "protocol/firearms", "protocol/firearms/article/5", "protocol/firearms/article/6",
                        "protocol/firearms/article/7"),
                row("The Commission on Narcotic Drugs, in its resolution 58/1, called for cooperation.", UNTOC,
                        "?its resolution 58/1"),
                row("Recalling resolution 4/2 of the Conference of Ministers of Justice of the Ibero-American"
                        + " Countries,", UNTOC, "?resolution 4/2 of the Conference of Ministers of Justice of the"
                        + " Ibero-American Countries"),
                row("The Conference of the States Parties to the Convention against Corruption held its sixth"
                        + " session in St. Petersburg and there adopted its resolution 6/1.", UNTOC, "cosp/resolution/6/1"),
                row("In 2015, the Economic and Social Council considered the matter at length and adopted its"
                        + " resolution 2015/23.", UNTOC, "ecosoc/resolution/2015/23"),
                row("Noting that the General Assembly has recognized the role of the Conference in international"
                        + " cooperation, and recalling its resolution 9/3,", UNTOC, "cop/resolution/9/3"),
                // --- ranges and lettered paragraphs of articles
                row("States reviewed the implementation of articles 16 to 18 of the Convention.", UNTOC,
                        "untoc/article/16", "untoc/article/17", "untoc/article/18"),
                row("the definition of “serious crime” in article 2 (b) of the Convention", UNTOC,
                        "untoc/article/2/paragraph/b"),
                // --- citations in a nested clause or a quoted title keep plain cites
                row("Recalling also its resolution 8/1 of 21 October 2016, entitled “Enhancing the effectiveness of"
                                + " central authorities”, in which the Conference recalled its resolution 5/8,", UNTOC,
                        "cop/resolution/8/1 @2016-10-21 “Enhancing the effectiveness of central authorities”",
                        "cop/resolution/5/8 nested"),
                row("Recalling its resolution 10/4, in which the Conference invited States parties to make full use of"
                                + " the Convention, in particular through the definition enshrined in its article 2,"
                                + " paragraph (b), as well as article 16, on extradition, and article 18,", UNTOC,
                        "cop/resolution/10/4", "untoc/article/2/paragraph/b nested", "untoc/article/16 nested",
                        "untoc/article/18 nested"),
                row("Recalling General Assembly resolution 55/25 of 15 November 2000, by which the Assembly adopted"
                                + " the Convention, and resolution 55/255 of 31 May 2001, by which the Assembly adopted the"
                                + " Firearms Protocol,", UNTOC,
                        "ga/resolution/55/25 @2000-11-15", "ga/resolution/55/255 @2001-05-31", "protocol/firearms nested"),
                row("Recalling its resolutions 5/8 of 22 October 2010 and 6/1 of 19 October 2012,", UNTOC,
                        "cop/resolution/5/8 @2010-10-22", "cop/resolution/6/1 @2012-10-19"),
                row("Taking note of the report of the Secretariat on the implementation of resolution 9/3"
                        + " (CTOC/COP/2020/7),", UNTOC, "cop/resolution/9/3 nested", "document/CTOC/COP/2020/7"),
                row("Requests the Secretariat, pursuant to its resolution 5/8, to report to the Conference;", UNTOC,
                        "cop/resolution/5/8 nested"),
                row("Takes note of the report contained in document CTOC/COP/2020/3;", UNTOC, "document/CTOC/COP/2020/3"),
                // --- provisions
                row("Recalling the provisions of the Organized Crime Convention concerning the designation of a"
                        + " central authority under article 18, paragraph 13, of the Convention,", UNTOC,
                        "untoc", "untoc/article/18/paragraph/13"),
                row("to assist it in making recommendations (art. 32, para. 3 (e), of the Convention).", UNTOC,
                        "untoc/article/32/paragraph/3/subparagraph/e"),
                row("The Working Group reviewed the implementation of articles 13, 16 and 18 of the Organized Crime"
                        + " Convention.", UNKNOWN, "untoc/article/13", "untoc/article/16", "untoc/article/18"),
                row("(a) The different elements of article 16 of the Convention on extradition, highlighting the"
                        + " potential of those provisions", UNTOC, "untoc/article/16"),
                row("for the purposes mentioned in paragraph 3 of article 14 of the Convention.", UNTOC,
                        "untoc/article/14/paragraph/3"),
                row("with full respect for the sovereignty of States (art. 19 of the Convention) and special"
                        + " investigative techniques (art. 20 of the Convention).", UNTOC,
                        "untoc/article/19", "untoc/article/20"),
                row("Article 18 of the Convention, on mutual legal assistance, is an example.", UNTOC, "untoc/article/18"),
                row("Transfer of sentenced persons (article 17 of the Organized Crime Convention)", UNKNOWN,
                        "untoc/article/17"),
                row("in the implementation of the Convention, especially its article 19.", UNTOC, "untoc/article/19"),
                row("the suspension of extradition proceedings was justified on the basis of article 18, paragraph 5,"
                                + " of the European Convention on Extradition of 1957, as well as bilateral treaties.",
                        UNTOC, "instrument/european-convention-on-extradition/article/18/paragraph/5"),
                row("justified on the basis of article 23, paragraph 3 (regarding force majeure, namely, “circumstances"
                                + " beyond the control of any of the Member States”) and paragraph 4 (regarding “serious"
                                + " humanitarian reasons”), of the Council Framework Decision of 13 June 2002 on the"
                                + " European arrest warrant (2002/584/JHA), and", UNTOC,
                        "instrument/council-framework-decision-2002-584-jha/article/23/paragraph/3",
                        "instrument/council-framework-decision-2002-584-jha/article/23/paragraph/4"),
                row("such as the Organized Crime Convention (art. 18, para. 13) and the United Nations Convention"
                        + " against Corruption (art. 46, para. 13), which recognized that INTERPOL could be used", UNTOC,
                        "untoc", "untoc/article/18/paragraph/13", "uncac", "uncac/article/46/paragraph/13"),
                row("Requests for mutual legal assistance under art. 46, para. 13, are sent to the central authority.",
                        UNCAC, "uncac/article/46/paragraph/13"),
                row("States parties should criminalize the smuggling of migrants as required by article 6 of the"
                        + " Protocol against the Smuggling of Migrants by Land, Sea and Air.", UNTOC,
                        "protocol/smuggling-of-migrants/article/6"),
                row("in accordance with article 5 of the Trafficking in Persons Protocol and article 3 of the"
                        + " Firearms Protocol", UNTOC,
                        "protocol/trafficking-in-persons/article/5", "protocol/firearms/article/3"),
                row("The Working Group discussed article 5 of the Protocol.", UNTOC, "?article 5 of the Protocol"),
                row("The provisions of article 4 apply.", UNKNOWN, "?article 4"),
                row("Apart from identifying international cooperation as one of its purposes (art. 1), the Convention"
                        + " provides in detail for extradition.", UNTOC, "untoc/article/1"),
                row("as well as article 4 of the Organized Crime Convention and the Charter of the United Nations",
                        UNKNOWN, "untoc/article/4"),
                row("States parties to the Inter-American Convention against Corruption apply its article 14.",
                        UNTOC, "instrument/inter-american-convention-against-corruption/article/14"),
                row("The Organized Crime Convention applies, in particular paragraphs 1 and 2 of article 24 of the"
                        + " Convention.", UNKNOWN, "untoc", "untoc/article/24/paragraph/1", "untoc/article/24/paragraph/2"),
                row("the Optional Protocol to the Convention on the Rights of the Child on the sale of children, in"
                        + " particular its article 3,", UNTOC,
                        "instrument/optional-protocol-to-the-convention-on-the-rights-of-the-child/article/3"),
                row("By its resolution 55/25 of 15 November 2000, the General Assembly adopted the Convention.", UNTOC,
                        "ga/resolution/55/25 @2000-11-15"),
                row("as defined in article 2, subparagraph (a), of the Convention and in article 18, paragraph 3,"
                                + " subparagraph (e), of the Convention", UNTOC,
                        "untoc/article/2/paragraph/a", "untoc/article/18/paragraph/3/subparagraph/e"),
                row("The Chair recalled Human Rights Council resolution 41/13 and Commission resolution 28/2.", UNTOC,
                        "hrc/resolution/41/13", "?Commission resolution 28/2"),
                // --- document symbols, joint symbols and pinpoints
                row("CTOC/COP/WG.3/2021/3, paras. 2–4.", UNTOC, "document/CTOC/COP/WG.3/2021/3 #paras. 2–4"),
                row("[CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4](#), paras. 7 and 10.", UNTOC,
                        "document/CTOC/COP/WG.2/2022/4 #paras. 7 and 10",
                        "document/CTOC/COP/WG.3/2022/4 #paras. 7 and 10"),
                row("A list of participants is contained in document CTOC/COP/WG.3/2021/INF/1/Rev.1.", UNTOC,
                        "document/CTOC/COP/WG.3/2021/INF/1/Rev.1"),
                row("(see CTOC/COP/WG.3/2012/5, paras. 4-9). A similar exchange took place (see CAC/COSP/EG.1/2013/3).",
                        UNTOC, "document/CTOC/COP/WG.3/2012/5 #paras. 4-9", "document/CAC/COSP/EG.1/2013/3"),
                row("(CTOC/COP/2020/CRP.4/Rev.1).", UNTOC, "document/CTOC/COP/2020/CRP.4/Rev.1"),
                row("see A/RES/55/25, E/RES/2014/17 and E/CN.15/2017/L.3, section IV", UNTOC,
                        "ga/resolution/55/25", "ecosoc/resolution/2014/17", "document/E/CN.15/2017/L.3 #section IV"),
                row("http://undocs.org/CTOC/COP/WG.3/2021/1", UNTOC),
                // --- pinpoints and ranges of provisions
                row("Recalling article 32 of the Convention, in particular paragraph 5 thereof,", UNTOC,
                        "untoc/article/32", "untoc/article/32/paragraph/5"),
                row("in line with article 46 of the United Nations Convention against Corruption, in particular"
                        + " paragraphs 9 and 13,", UNTOC,
                        "uncac/article/46", "uncac/article/46/paragraph/9", "uncac/article/46/paragraph/13"),
                row("as provided for in paragraph 2 of article 16 of the Convention", UNTOC,
                        "untoc/article/16/paragraph/2"),
                row("Noting that articles 26 and 27 of the Organized Crime Convention encourage cooperation,", UNKNOWN,
                        "untoc/article/26", "untoc/article/27"),
                row("States reported on articles 16 to 18 of the Convention and on articles 24-26 thereof.", UNTOC,
                        "untoc/article/16", "untoc/article/17", "untoc/article/18", "untoc/article/24",
                        "untoc/article/25", "untoc/article/26"),
                row("notifications under article 18, paragraphs 13 and 14, of the Convention", UNTOC,
                        "untoc/article/18/paragraph/13", "untoc/article/18/paragraph/14"),
                row("Recalling article 18, paragraphs 13, 14 and 17, of the Convention,", UNTOC,
                        "untoc/article/18/paragraph/13", "untoc/article/18/paragraph/14",
                        "untoc/article/18/paragraph/17"),
                // --- chapters: of an instrument only when one is named after them, resolved where it has them
                row("the review of the implementation of chapters II and V of the United Nations Convention against"
                        + " Corruption", UNTOC, "uncac/chapter/II", "uncac/chapter/V"),
                row("Recalling chapter IV (International cooperation) of the Convention,", UNCAC, "uncac/chapter/IV"),
                row("as set out in chapter II of the Convention", UNTOC, "?chapter II of the Convention"),
                row("The recommendations are contained in chapter I of the present report.", UNTOC),
                row("Report of the Fourteenth Congress (A/CONF.234/16), chap. I, resolution 1.", UNTOC,
                        "document/A/CONF.234/16"),
                row("See A/CONF.234/16, chap. I.", UNTOC, "document/A/CONF.234/16 #chap. I"),
                // --- rules of procedure
                row("in accordance with rule 4, paragraph 1, of the rules of procedure for the Conference,", UNTOC,
                        "cop/rules-of-procedure/rule/4/paragraph/1"),
                row("under rules 17 and 18 of the rules of procedure of the Conference of the States Parties to the"
                        + " United Nations Convention against Corruption", UNTOC,
                        "cosp/rules-of-procedure/rule/17", "cosp/rules-of-procedure/rule/18"),
                row("Decides, in accordance with rule 3 of its rules of procedure, to hold its next session in 2026;",
                        UNTOC, "cop/rules-of-procedure/rule/3"),
                row("The rules of procedure for the Conference require the regular sessions of the Conference to be"
                        + " held biennially, unless the Conference itself decides otherwise (rule 3).", UNTOC,
                        "cop/rules-of-procedure/rule/3"),
                row("Under rule 78 of the rules of procedure of the General Assembly, no proposal shall be discussed.",
                        UNTOC, "ga/rules-of-procedure/rule/78"),
                row("The meeting applied rule 3 as a rule of thumb.", UNTOC),
                row("in the sessions of the Conference of the States Parties, in accordance with rule 17 of the rules"
                        + " of procedure for the Conference,", UNKNOWN, "cosp/rules-of-procedure/rule/17"),
                row("Bearing in mind paragraph 2 of article 16 and articles 26 and 27 of the Convention,", UNTOC,
                        "untoc/article/16/paragraph/2", "untoc/article/26", "untoc/article/27"),
                row("as provided in rule 12 of the rules of procedure of the Commission on Narcotic Drugs", UNTOC,
                        "?rule 12 of the rules of procedure of the Commission on Narcotic Drugs"),
                row("Pursuant to rule 3 of the rules of procedure, the session was convened.", UNTOC,
                        "cop/rules-of-procedure/rule/3"),
                row("The Commission on Crime Prevention and Criminal Justice applied rules 3 and 4 of its rules of"
                        + " procedure.", UNTOC, "ccpcj/rules-of-procedure/rule/3", "ccpcj/rules-of-procedure/rule/4"),
                row("in accordance with rule 37 of the rules of procedure of the functional commissions of the Economic"
                        + " and Social Council,", UNTOC, "?rule 37 of the rules of procedure"),
                // --- corrigenda and addenda are documents of their own
                row("on the recommendation of the Third Committee (A/62/421 and Corr.1),", UNTOC,
                        "document/A/62/421", "document/A/62/421/Corr.1"),
                row("the reports of the Secretary-General (E/CN.15/2019/5 and Add.1 and 2)", UNTOC,
                        "document/E/CN.15/2019/5", "document/E/CN.15/2019/5/Add.1", "document/E/CN.15/2019/5/Add.2"),
                // --- whole instruments by name, with "thereto" and "that Convention"
                row("Welcoming the entry into force of the United Nations Convention against Transnational Organized"
                                + " Crime and the Protocols thereto,", GA,
                        "untoc", "protocol/trafficking-in-persons", "protocol/smuggling-of-migrants", "protocol/firearms"),
                row("Urges States to ratify the Organized Crime Convention and its Protocols and the United Nations"
                                + " Convention against Corruption;", UNTOC,
                        "untoc", "protocol/trafficking-in-persons", "protocol/smuggling-of-migrants", "protocol/firearms",
                        "uncac"),
                row("Recalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women"
                        + " and Children, supplementing the United Nations Convention against Transnational Organized"
                        + " Crime,", UNTOC, "protocol/trafficking-in-persons"),
                row("implementation of the Trafficking in Persons Protocol, the Smuggling of Migrants Protocol and the"
                                + " Firearms Protocol", UNTOC,
                        "protocol/trafficking-in-persons", "protocol/smuggling-of-migrants", "protocol/firearms"),
                row("Noting the entry into force of the United Nations Convention against Corruption and welcoming"
                        + " the accession of States to that Convention,", UNTOC, "uncac", "uncac"),
                row("Recalling the Mechanism for the Review of the Implementation of the United Nations Convention"
                        + " against Transnational Organized Crime and the Protocols thereto,", UNTOC),
                row("the Conference of the Parties to the United Nations Convention against Transnational Organized"
                        + " Crime met in Vienna.", UNKNOWN),
                row("States parties to the Convention should implement it fully.", UNTOC),
                row("Recalling its resolution 55/25, entitled “United Nations Convention against Transnational"
                        + " Organized Crime”,", GA, "ga/resolution/55/25 “United Nations Convention against"
                        + " Transnational Organized Crime”"),
                row("Recalling the Inter-American Convention against Corruption,", UNTOC),
                row("Recalling the adoption by the General Assembly of the United Nations Convention against"
                        + " Corruption,", UNTOC, "uncac"),
                row("States parties should apply article 18 of UNTOC and article 46 of UNCAC.", UNKNOWN,
                        "untoc/article/18", "uncac/article/46"),
                row("The Palermo Convention and its three Protocols entered into force in 2003.", UNKNOWN,
                        "untoc", "protocol/trafficking-in-persons", "protocol/smuggling-of-migrants", "protocol/firearms"),
                row("Urges States to ratify the Trafficking Protocol and the Migrant Smuggling Protocol;", UNTOC,
                        "protocol/trafficking-in-persons", "protocol/smuggling-of-migrants"),
                row("Mindful of the Council of Europe Convention on Cybercrime,", UNTOC),
                // --- declarations of the crime congresses and ministerial meetings
                row("Recalling the Naples Political Declaration and Global Action Plan against Organized Transnational"
                        + " Crime and the Buenos Aires Declaration on Prevention and Control of Organized Transnational"
                        + " Crime,", GA, "instrument/naples-political-declaration", "instrument/buenos-aires-declaration"),
                row("Recalling also the Vienna Declaration on Crime and Justice: Meeting the Challenges of the"
                                + " Twenty-first Century, the Bangkok Declaration and the Salvador Declaration,", GA,
                        "instrument/vienna-declaration-on-crime-and-justice", "instrument/bangkok-declaration",
                        "instrument/salvador-declaration"),
                row("Reaffirming the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the"
                                + " Wider United Nations Agenda, and welcoming the Kyoto Declaration,", CCPCJ,
                        "instrument/doha-declaration", "instrument/kyoto-declaration"),
                row("the Doha Declaration on the TRIPS Agreement and Public Health", UNTOC),
                row("the Vienna Declaration and Programme of Action", UNTOC),
                // --- "the Convention" in another body's text is the convention last named
                row("Recalling the United Nations Convention against Corruption, and noting article 5 of the"
                        + " Convention,", GA, "uncac", "uncac/article/5"),
                row("Recalling the United Nations Convention against Corruption, and noting article 5 of the"
                        + " Convention,", UNTOC, "uncac", "untoc/article/5"),
                // --- "its" and bodies in texts of other bodies
                row("Recalling its resolution 55/25 of 15 November 2000, by which it adopted the Convention,", GA,
                        "ga/resolution/55/25 @2000-11-15"),
                row("Recalling its resolution 25/1 and Economic and Social Council resolution 2014/17,", CCPCJ,
                        "ccpcj/resolution/25/1", "ecosoc/resolution/2014/17"),
                row("Noting that the Assembly, in its resolution 70/174, endorsed the Doha Declaration,", GA,
                        "ga/resolution/70/174", "instrument/doha-declaration"),
                // --- Security Council resolutions are numbered with their year
                row("Recalling Security Council resolutions 2195 (2014) and 2482 (2019),", UNTOC,
                        "sc/resolution/2014/2195", "sc/resolution/2019/2482"),
                row("Recalling its resolution 2482 (2019),", new CitationContext(Ids.Body.SC, null, null, null),
                        "sc/resolution/2019/2482"),
                row("as noted in resolution 2482 (2019),", UNTOC, "?resolution 2482 (2019)"),
                // --- a CoSP text: "the Conference" is the CoSP
                row("Recalling Conference resolution 5/1 and rule 3 of the rules of procedure of the Conference,",
                        UNCAC, "cosp/resolution/5/1", "cosp/rules-of-procedure/rule/3"),
                // --- "the Commission" / "the Council" in a text of that body
                row("Noting that the Commission, in its resolution 26/3, invited Member States to act,", CCPCJ,
                        "ccpcj/resolution/26/3"),
                // --- lists of acts and their dates
                row("Recalling also its decisions 2/1 and 2/2 and its resolution 5/8 of 22 October 2010,", UNTOC,
                        "cop/decision/2/1", "cop/decision/2/2", "cop/resolution/5/8 @2010-10-22"),
                row("Recalling its decisions 2/1, 2/2 and 3/2,", UNTOC,
                        "cop/decision/2/1", "cop/decision/2/2", "cop/decision/3/2"),
                row("Recalling its resolutions 5/8 and 6/1 of 22 October 2010 and 19 October 2012,", UNTOC,
                        "cop/resolution/5/8 @2010-10-22", "cop/resolution/6/1 @2012-10-19"),
                row("Recalling its resolutions 45/116 and 45/117 of 14 December 1990,", GA,
                        "ga/resolution/45/116 @1990-12-14", "ga/resolution/45/117 @1990-12-14"),
                row("Recalling its resolutions 5/8 and 6/1 of 19 October 2012,", UNTOC,
                        "cop/resolution/5/8", "cop/resolution/6/1 @2012-10-19"),
                // --- Treaty Series
                row("United Nations, Treaty Series, vol. 2225, No. 39574.", UNKNOWN, "untoc"),
                row("Ibid., vols. 2237, 2241 and 2326, No. 39574.", UNKNOWN,
                        "protocol/trafficking-in-persons", "protocol/smuggling-of-migrants", "protocol/firearms"),
                row("United Nations, *Treaty Series*, vols. 2225, 2237, 2241 and 2326, No. 39574.", UNKNOWN,
                        "untoc", "protocol/trafficking-in-persons", "protocol/smuggling-of-migrants", "protocol/firearms"),
                row("United Nations, Treaty Series, vol. 1465, No. 24841.", UNKNOWN,
                        "?vol. 1465, No. 24841"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("sentences")
    void findsAndAttributesEveryCitation(String sentence, CitationContext context, List<String> expected) {
        List<String> actual = PARSER.parse(sentence, context).citations().stream().map(CitationParserTest::render).toList();
        assertEquals(expected, actual);
    }

    private static Arguments row(String sentence, CitationContext context, String... expected) {
        return Arguments.of(sentence, context, List.of(expected));
    }

    static String render(Citation c) {
        StringBuilder sb = new StringBuilder(c.resolved() ? c.target().substring(Ids.ID.length()) : "?" + c.text());
        if (c.nested()) sb.append(" nested");
        if (c.statedDate() != null) sb.append(" @").append(c.statedDate());
        if (c.statedTitle() != null) sb.append(" “").append(c.statedTitle()).append("”");
        if (c.pinpoint() != null) sb.append(" #").append(c.pinpoint());
        return sb.toString();
    }
}
