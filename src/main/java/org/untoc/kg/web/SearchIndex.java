package org.untoc.kg.web;

import static org.untoc.kg.web.DocumentTexts.text;
import static org.untoc.kg.web.DocumentTexts.uri;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Full-text search over titles, headings and paragraph texts: an in-memory Lucene index (English analysis, so
 * "evidence" finds "evidentiary"'s stem-mates and plurals), built from the store on first use and rebuilt when the
 * dataset version changes. Hits are ranked by Lucene's BM25, titles weighted above paragraphs, each with its best
 * fragment and the matched words marked, linked to the paragraph's anchor on its text's page.
 */
public final class SearchIndex {
    /** Marks around matched words in a fragment, split into segments before any HTML is written. */
    private static final String OPEN = "\u0001";
    private static final String CLOSE = "\u0002";
    public static final int MAX_HITS = 100;

    private final QueryRunner runner;
    private final WebQueries queries;
    private final PublicBase base;
    private final Supplier<String> version;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private Built built;

    public SearchIndex(QueryRunner runner, WebQueries queries, PublicBase base, Supplier<String> version) {
        this.runner = runner;
        this.queries = queries;
        this.base = base;
        this.version = version;
    }

    /** One hit: the paragraph (or title) found, the text it belongs to, its score and its best fragment, marked. */
    public record Hit(String iri, Link work, Link target, String kind, float score, List<TextView.Segment> fragment) {}

    /** A page of results: how many matched in all, and the best {@code limit}. */
    public record Result(String query, long total, List<Hit> hits) {}

    /** Thrown for a query the parser cannot read, with its message for the user. */
    public static final class BadQuery extends RuntimeException {
        BadQuery(String message) {
            super(message);
        }
    }

    public Result search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return new Result(text == null ? "" : text, 0, List.of());
        }
        Built index = current();
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
                Map.of("title", 2.0f, "text", 1.0f));
        parser.setDefaultOperator(QueryParser.Operator.OR);
        Query query;
        try {
            query = parser.parse(text.length() > 500 ? QueryParser.escape(text.substring(0, 500)) : text);
        } catch (ParseException e) {
            try {
                // Stray operators or quotes: search the words as they are.
                query = parser.parse(QueryParser.escape(text));
            } catch (ParseException again) {
                throw new BadQuery("cannot read the search: " + again.getMessage());
            }
        }
        // Words typed together rank higher where they stand together ("electronic evidence" as a phrase).
        String[] words = text.trim().split("\\s+");
        if (words.length > 1 && words.length <= 8 && !text.contains("\"")) {
            try {
                Query phrase = parser.parse("\"" + QueryParser.escape(text.trim()) + "\"~2");
                query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(phrase, 2.0f), BooleanClause.Occur.SHOULD).build();
            } catch (ParseException ignored) {
                // the words alone still search
            }
        }
        try {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            TopDocs top = searcher.search(query, Math.max(1, Math.min(MAX_HITS, limit)));
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(OPEN, CLOSE), new QueryScorer(query));
            highlighter.setTextFragmenter(new SimpleFragmenter(260));
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                String body = d.get("body");
                String field = "title".equals(d.get("kind")) ? "title" : "text";
                String fragment = highlighter.getBestFragment(analyzer, field, body);
                hits.add(hit(d, sd.score, fragment != null ? fragment : body.substring(0, Math.min(260, body.length()))));
            }
            return new Result(text, top.totalHits.value, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException(e);
        }
    }

    private Hit hit(Document d, float score, String fragment) {
        String iri = d.get("iri");
        String work = d.get("work");
        Link workLink = Link.to(work, d.get("workLabel"), null, d.get("workTitle"), base);
        Link target;
        if (!iri.equals(work) && iri.startsWith(work + "/") && base.isLocal(work)) {
            String tail = iri.substring(work.length() + 1);
            target = new Link(iri, base.href(work) + "#" + DocumentTexts.anchor(work, iri), Labels.part(tail),
                    Labels.fromIri(iri, base), false);
        } else {
            target = workLink;
        }
        List<TextView.Segment> segments = new ArrayList<>();
        int pos = 0;
        while (pos < fragment.length()) {
            int open = fragment.indexOf(OPEN, pos);
            if (open < 0) {
                segments.add(TextView.Segment.plain(fragment.substring(pos)));
                break;
            }
            int close = fragment.indexOf(CLOSE, open);
            if (open > pos) {
                segments.add(TextView.Segment.plain(fragment.substring(pos, open)));
            }
            int end = close < 0 ? fragment.length() : close;
            segments.add(new TextView.Segment(fragment.substring(open + 1, end), null, "mark"));
            pos = close < 0 ? fragment.length() : close + 1;
        }
        return new Hit(iri, workLink, target, d.get("kind"), score, segments);
    }

    /** The index for the current dataset version, built or rebuilt here when needed. */
    private synchronized Built current() {
        String v = version.get();
        if (built == null || !built.version.equals(v)) {
            if (built != null) {
                built.close();
            }
            built = build(v);
        }
        return built;
    }

    private Built build(String v) {
        Map<String, String[]> workNames = new HashMap<>();
        ResultSetRewindable rs = runner.select(queries.bind("search-texts", Map.of()));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        for (QuerySolution s : rows) {
            if ("title".equals(text(s, "kind"))) {
                workNames.putIfAbsent(uri(s, "item"), new String[] {null, text(s, "text")});
            }
        }
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (QuerySolution s : rows) {
                String item = uri(s, "item");
                String body = text(s, "text");
                if (item == null || body == null || body.isBlank()) {
                    continue;
                }
                String work = uri(s, "work") != null ? uri(s, "work") : item;
                String kind = text(s, "kind");
                Document d = new Document();
                d.add(new StringField("iri", item, Field.Store.YES));
                d.add(new StoredField("work", work));
                d.add(new StoredField("kind", kind));
                d.add(new StoredField("body", body));
                String[] name = workNames.get(work);
                if (name != null && name[1] != null) {
                    d.add(new StoredField("workTitle", name[1]));
                }
                d.add(new TextField("title".equals(kind) ? "title" : "text", body, Field.Store.NO));
                writer.addDocument(d);
            }
            writer.commit();
            return new Built(v, DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Built(String version, DirectoryReader reader) {
        void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // an in-memory reader: nothing to release but memory
            }
        }
    }
}
