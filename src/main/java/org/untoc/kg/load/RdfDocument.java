package org.untoc.kg.load;

import org.untoc.kg.rio.RioImport;
import org.untoc.kg.rio.RioImportException;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.vocab.Ids;

/**
 * An RDF file imported as it is into a graph of its own. It is parsed completely into memory first, so a syntax
 * error names the file and line and writes nothing. Quads of TriG/N-Quads files land in the file's one graph.
 */
final class RdfDocument implements DocumentGraph {
    private final String graphIri;
    private final String label;
    private final Graph graph;

    private RdfDocument(String graphIri, String label, Graph graph) {
        this.graphIri = graphIri;
        this.label = label;
        this.graph = graph;
    }

    /** True when the file name has the extension of an RDF syntax that Jena or RDF4J Rio reads. */
    static boolean isRdf(String fileName) {
        return RDFLanguages.filenameToLang(fileName) != null || RioImport.formatOf(Path.of(fileName)).isPresent();
    }

    /** Graph IRI for an RDF file given on the command line: {@code graph/file/{name without extension}}. */
    static String fileGraph(Path file) {
        return Ids.graph("file/" + stripExtension(file.getFileName().toString()));
    }

    /**
     * Parses the whole file: with Jena where Jena knows the syntax, otherwise with RDF4J Rio, so any syntax Rio
     * supports can be imported (TriX, RDF/JSON, binary RDF, N3…: a thesaurus, another UN dataset to link to).
     * Jena goes first because it is the stricter of the two: Rio 5.2 reads the broken Turtle {@code ex:a ex:b .}
     * as a triple with an empty integer, where Jena reports the line.
     */
    static RdfDocument parse(Path file, String graphIri) throws DocumentException {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        Graph graph = GraphFactory.createDefaultGraph();
        if (lang != null) {
            try {
                RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                        .parse(quadsIntoOneGraph(graph));
            } catch (RiotException e) {
                throw new DocumentException(file, lineOf(e), "RDF syntax error: " + e.getMessage(), e);
            }
        } else if (RioImport.formatOf(file).isPresent()) {
            try {
                new RioImport().parse(file, quadsIntoOneGraph(graph));
            } catch (RioImportException e) {
                throw new DocumentException(file, (int) Math.max(0, e.line()), "RDF syntax error: " + e.getMessage(), e);
            }
        } else {
            throw new DocumentException(file, "not a known RDF syntax");
        }
        return new RdfDocument(graphIri, file.getFileName().toString(), graph);
    }

    /** Parses RDF text that came from a classpath resource (named for messages). */
    static RdfDocument parse(String text, Lang lang, String name, String graphIri) throws DocumentException {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(text, lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(quadsIntoOneGraph(graph));
        } catch (RiotException e) {
            throw new DocumentException(Path.of(name), lineOf(e), "RDF syntax error: " + e.getMessage(), e);
        }
        return new RdfDocument(graphIri, name, graph);
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static StreamRDF quadsIntoOneGraph(Graph graph) {
        return new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                graph.add(triple);
            }

            @Override
            public void quad(org.apache.jena.sparql.core.Quad quad) {
                graph.add(quad.asTriple());
            }
        };
    }

    private static int lineOf(RiotException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line: (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Override
    public String graphIri() {
        return graphIri;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void emit(StreamRDF sink) {
        graph.find().forEachRemaining(sink::triple);
    }
}
