package org.untoc.kg.rio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;

/**
 * Parses an RDF file in any syntax RDF4J Rio supports (chosen by file extension: .ttl, .trig, .nt, .nq, .rdf,
 * .jsonld, …) into a Jena {@link StreamRDF}, so external RDF can be loaded next to Jena-parsed data.
 */
public final class RioImport {

    /**
     * Parser settings.
     *
     * @param baseIri              base for relative IRIs; null means the file's own {@code file:} URI
     * @param verifyDatatypeValues reject literals whose lexical form is invalid for their datatype ("x"^^xsd:int);
     *                             default false: keep them as written, as Jena does
     * @param verifyLanguageTags   reject malformed language tags; default true
     * @param verifyIriSyntax      reject syntactically invalid IRIs; default true
     * @param preserveBlankNodeIds keep blank-node labels of the file; default false: fresh blank nodes, so labels
     *                             of two files cannot collide
     * @param stopAtFirstError     fail on the first syntax error rather than skip the statement; default true,
     *                             because a silently shortened import is worse than a failed one
     */
    public record Settings(String baseIri, boolean verifyDatatypeValues, boolean verifyLanguageTags,
                           boolean verifyIriSyntax, boolean preserveBlankNodeIds, boolean stopAtFirstError) {
        /** The documented defaults. */
        public static Settings defaults() {
            return new Settings(null, false, true, true, false, true);
        }

        public Settings withBaseIri(String iri) {
            return new Settings(iri, verifyDatatypeValues, verifyLanguageTags, verifyIriSyntax, preserveBlankNodeIds,
                    stopAtFirstError);
        }

        ParserConfig toParserConfig() {
            ParserConfig c = new ParserConfig();
            c.set(BasicParserSettings.VERIFY_DATATYPE_VALUES, verifyDatatypeValues);
            c.set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, false);
            c.set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, verifyLanguageTags);
            c.set(BasicParserSettings.FAIL_ON_UNKNOWN_LANGUAGES, false);
            c.set(BasicParserSettings.VERIFY_URI_SYNTAX, verifyIriSyntax);
            c.set(BasicParserSettings.PRESERVE_BNODE_IDS, preserveBlankNodeIds);
            if (!stopAtFirstError) {
                c.addNonFatalError(BasicParserSettings.VERIFY_DATATYPE_VALUES);
                c.addNonFatalError(BasicParserSettings.VERIFY_LANGUAGE_TAGS);
                c.addNonFatalError(BasicParserSettings.VERIFY_URI_SYNTAX);
            }
            return c;
        }
    }

    private final Settings settings;

    public RioImport(Settings settings) {
        this.settings = settings;
    }

    public RioImport() {
        this(Settings.defaults());
    }

    /** The Rio syntax for a file name, if Rio knows its extension. */
    public static Optional<RDFFormat> formatOf(Path file) {
        return Rio.getParserFormatForFileName(file.getFileName().toString());
    }

    /** Parses the file into the stream: triples of the default graph as triples, the others as quads. */
    public void parse(Path file, StreamRDF out) {
        RDFFormat format = formatOf(file).orElseThrow(
                () -> new RioImportException(file, -1, "no RDF syntax known for this file extension"));
        String base = settings.baseIri() != null ? settings.baseIri() : file.toAbsolutePath().toUri().toString();
        try (InputStream in = Files.newInputStream(file)) {
            parse(in, format, base, file, out);
        } catch (IOException e) {
            throw new RioImportException(file, -1, e.getMessage());
        }
    }

    /**
     * Parses a stream of the given syntax into the stream (for uploads and other sources without a file name).
     *
     * @param baseIri base for relative IRIs (the settings' base, if set, wins)
     * @param source  what to name in error messages
     */
    public void parse(InputStream in, RDFFormat format, String baseIri, Path source, StreamRDF out) {
        RDFParser parser = Rio.createParser(format);
        parser.setParserConfig(settings.toParserConfig());
        RioBridge bridge = new RioBridge();
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleNamespace(String prefix, String uri) {
                out.prefix(prefix, uri);
            }

            @Override
            public void handleStatement(Statement st) {
                if (st.getContext() == null) {
                    out.triple(bridge.triple(st));
                } else {
                    Quad q = bridge.quad(st);
                    out.quad(q);
                }
            }
        });
        String base = settings.baseIri() != null ? settings.baseIri() : baseIri;
        out.start();
        try {
            parser.parse(in, base);
        } catch (RDFParseException e) {
            throw new RioImportException(source, e.getLineNumber(), e.getMessage());
        } catch (RDFHandlerException | IOException e) {
            throw new RioImportException(source, -1, e.getMessage());
        } finally {
            out.finish();
        }
    }
}
