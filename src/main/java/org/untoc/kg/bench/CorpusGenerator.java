package org.untoc.kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scales the built-in corpus to N documents for benchmarks: each generated document is one of the five real texts
 * (same shape, same noise) renumbered into a new session, its act citations rewritten to earlier generated acts
 * (so citations form a DAG over acts that exist) and its years and symbols moved to the new session's year.
 * The same seed and size always give the same files.
 */
public final class CorpusGenerator {
    /** Acts cited when no earlier generated act exists: the Convention's own adoption resolution. */
    static final String ROOT_CITATION = "General Assembly resolution 55/25 of 15 November 2000";

    // decision|resolution S/K, optionally followed by the act's date ("of 19 October 2005").
    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern TOKENS = Pattern.compile(
            "(?<cite>(?<its>its )?(?<kind>decision|resolution) (?<s>\\d{1,4})/(?<k>\\d{1,3})\\b"
                    + "(?<date> of \\d{1,2} (?:" + MONTHS + ") \\d{4})?)"
                    + "|(?<sym>CTOC/COP(?<wg>/WG\\.\\d)?/(?<sy>(?:19|20)\\d{2})/(?<rest>[A-Za-z0-9.]+(?:/[A-Za-z0-9.]+)*))"
                    + "|(?<job>V\\.\\d{2}-\\d{5})"
                    + "|(?<year>\\b(?:19|20)\\d{2}\\b)");
    private static final Pattern OWN_HEADING = Pattern.compile("(?m)^(#{0,3} ?)Resolution (\\d+)/(\\d+)[ \\t]*$");
    // Another body's act: the number is that body's, not the Conference's (see un-documents.md).
    private static final Pattern FOREIGN_BODY = Pattern.compile(
            "General Assembly|Economic and Social Council|Commission|Corruption|States Parties|Human Rights Council");

    private final List<Template> templates;

    public CorpusGenerator(List<Template> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no templates");
        }
        this.templates = List.copyOf(templates);
    }

    /** A generator over the five texts of the built-in corpus. */
    public static CorpusGenerator fromBuiltInCorpus() {
        return new CorpusGenerator(Template.builtIn());
    }

    /** Writes {@code size} documents into {@code dir} (created if needed) and describes what it wrote. */
    public GeneratedCorpus generate(int size, long seed, Path dir) {
        try {
            Files.createDirectories(dir);
            List<GeneratedDocument> docs = new ArrayList<>();
            Plan plan = new Plan(size);
            List<Act> acts = new ArrayList<>();
            Map<String, Integer> symbolCounters = new HashMap<>();
            for (int i = 0; i < size; i++) {
                Template t = templates.get(i % templates.size());
                int session = plan.session(i);
                int year = plan.year(session);
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
                Act own = null;
                String ownSymbol = null;
                if (t.isAct()) {
                    own = new Act(plan.kind(session), session, plan.nextActNumber(session), plan.date(session));
                } else {
                    String wg = t.ownSymbolGroup();
                    int n = symbolCounters.merge(wg + "/" + year, 1, Integer::sum);
                    ownSymbol = "CTOC/COP" + wg + "/" + year + "/" + (100 + n);
                }
                Rewrite rewrite = new Rewrite(t, year, own, ownSymbol, acts, random, i);
                String text = rewrite.apply();
                Path file = dir.resolve(String.format("g%05d.txt", i));
                Files.writeString(file, text, StandardCharsets.UTF_8);
                docs.add(new GeneratedDocument(file, t.name(), own, ownSymbol, List.copyOf(rewrite.cited)));
                if (own != null) {
                    acts.add(own);
                }
            }
            return new GeneratedCorpus(dir, seed, List.copyOf(docs));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated corpus to " + dir, e);
        }
    }

    /** True when a COP-style act citation at {@code start} in {@code text} is really another body's act. */
    static boolean foreignBefore(String text, int start) {
        // Only the sentence so far: "… the General Assembly in its resolution 69/196" names its body there.
        int from = Math.max(0, start - 160);
        String before = text.substring(from, start);
        int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf(".\n"));
        if (stop >= 0) {
            before = before.substring(stop + 1);
        }
        return FOREIGN_BODY.matcher(before).find();
    }

    /** Sessions, years and act numbers of the generated corpus: later documents are later in time. */
    private static final class Plan {
        private final int docsPerSession;
        private final Map<Integer, Integer> actsInSession = new HashMap<>();

        Plan(int size) {
            // About 300 sessions at most, so years stay four digits; at least 5 documents per session.
            this.docsPerSession = Math.max(5, (size + 299) / 300);
        }

        int session(int index) {
            return 1 + index / docsPerSession;
        }

        int year(int session) {
            return session <= 2 ? 2003 + session : 2002 + 2 * session;
        }

        String kind(int session) {
            // Sessions 1–4 adopted decisions, later sessions resolutions.
            return session <= 4 ? "decision" : "resolution";
        }

        int nextActNumber(int session) {
            return actsInSession.merge(session, 1, Integer::sum);
        }

        String date(int session) {
            return (10 + session % 15) + " October " + year(session);
        }
    }

    /** One document's rewrite of its template. */
    private static final class Rewrite {
        private final Template template;
        private final int year;
        private final Act own;
        private final String ownSymbol;
        private final List<Act> earlier;
        private final SplittableRandom random;
        private final int index;
        private final Map<String, Act> targets = new HashMap<>();
        private final String templateSymbol;
        private final int baseYear;
        final List<Act> cited = new ArrayList<>();

        Rewrite(Template template, int year, Act own, String ownSymbol, List<Act> earlier, SplittableRandom random,
                int index) {
            this.template = template;
            this.year = year;
            this.own = own;
            this.ownSymbol = ownSymbol;
            this.earlier = earlier;
            this.random = random;
            this.index = index;
            this.templateSymbol = template.ownSymbol();
            this.baseYear = template.baseYear();
        }

        String apply() {
            String text = template.text();
            chooseTargets(text);
            if (own != null) {
                Matcher h = OWN_HEADING.matcher(text);
                if (h.find()) {
                    String word = own.kind().equals("decision") ? "Decision" : "Resolution";
                    text = text.substring(0, h.start()) + h.group(1) + word + " " + own.number()
                            + text.substring(h.end());
                }
            }
            Matcher m = TOKENS.matcher(text);
            StringBuilder out = new StringBuilder(text.length() + 256);
            int last = 0;
            while (m.find()) {
                out.append(text, last, m.start());
                out.append(replacement(text, m));
                last = m.end();
            }
            out.append(text, last, text.length());
            return out.toString();
        }

        private String replacement(String text, Matcher m) {
            if (m.group("cite") != null) {
                String key = copKey(text, m);
                if (key == null) {
                    return m.group();
                }
                Act target = targets.get(key);
                if (target == null) {
                    // Nothing earlier to recall: the root of every chain, an act outside the generated corpus.
                    return ROOT_CITATION;
                }
                cited.add(target);
                String s = (m.group("its") == null ? "" : "its ") + target.kind() + " " + target.number();
                return m.group("date") == null ? s : s + " of " + target.date();
            }
            int delta = year - baseYear;
            if (m.group("sym") != null) {
                String symbol = m.group("sym");
                if (templateSymbol != null && (symbol.equals(templateSymbol)
                        || symbol.startsWith(templateSymbol + "."))) {
                    return ownSymbol + symbol.substring(templateSymbol.length());
                }
                String wg = m.group("wg") == null ? "" : m.group("wg");
                return "CTOC/COP" + wg + "/" + (Integer.parseInt(m.group("sy")) + delta) + "/" + m.group("rest");
            }
            if (m.group("job") != null) {
                return String.format("V.%02d-%05d", year % 100, index % 100_000);
            }
            return Integer.toString(Integer.parseInt(m.group("year")) + delta);
        }

        /** "S/K" when the match cites an act of the Conference (the template's own number excluded), else null. */
        private String copKey(String text, Matcher m) {
            int session = Integer.parseInt(m.group("s"));
            if (session > 30 || foreignBefore(text, m.start())) {
                return null;
            }
            return m.group("s") + "/" + m.group("k");
        }

        /** Maps each Conference act the template cites to an earlier generated act, keeping their order in time. */
        private void chooseTargets(String text) {
            TreeSet<String> keys = new TreeSet<>(CorpusGenerator::compareActNumbers);
            Matcher m = TOKENS.matcher(text);
            while (m.find()) {
                if (m.group("cite") != null) {
                    String key = copKey(text, m);
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
            if (earlier.isEmpty() || keys.isEmpty()) {
                return;
            }
            TreeSet<Integer> picked = new TreeSet<>();
            int want = Math.min(keys.size(), earlier.size());
            int recent = Math.min(earlier.size(), 40);
            while (picked.size() < want) {
                // Mostly recent acts, as texts recall the last sessions; sometimes an old foundational one.
                int idx = random.nextInt(10) < 7 ? earlier.size() - 1 - random.nextInt(recent)
                        : random.nextInt(earlier.size());
                picked.add(idx);
            }
            List<Integer> chosen = new ArrayList<>(picked);
            int j = 0;
            for (String key : keys) {
                targets.put(key, earlier.get(chosen.get(Math.min(j, chosen.size() - 1))));
                j++;
            }
        }
    }

    static int compareActNumbers(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }

    /**
     * A generated act of the Conference.
     *
     * @param kind "decision" or "resolution"
     * @param session the session that adopted it
     * @param ordinal its number within the session
     * @param date its adoption date as the texts write it ("19 October 2005")
     */
    public record Act(String kind, int session, int ordinal, String date) {
        /** "S/K". */
        public String number() {
            return session + "/" + ordinal;
        }

        /** The public IRI of the act. */
        public String iri() {
            return "https://w3id.org/untoc/id/cop/" + kind + "/" + session + "/" + ordinal;
        }
    }

    /**
     * One generated file.
     *
     * @param file where it was written
     * @param template the real text it was made from
     * @param act the act it is, or null for a report or paper
     * @param symbol its document symbol, or null for an act
     * @param cites the generated acts it cites, in text order (repeats kept)
     */
    public record GeneratedDocument(Path file, String template, Act act, String symbol, List<Act> cites) {}

    /**
     * What {@link #generate} wrote.
     *
     * @param dir the folder
     * @param seed the seed used
     * @param documents one entry per file, in file order
     */
    public record GeneratedCorpus(Path dir, long seed, List<GeneratedDocument> documents) {
        /** The generated acts, oldest first. */
        public List<Act> acts() {
            return documents.stream().map(GeneratedDocument::act).filter(a -> a != null).toList();
        }
    }
}
