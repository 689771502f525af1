package org.untoc.kg.load;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DocumentGraph;
import org.untoc.kg.pipeline.DocumentPipeline;
import org.untoc.kg.vocab.Ids;

/**
 * Test-only pipeline (the real one is built elsewhere): a text file becomes a few triples — its first line as
 * title, each non-blank line as a part. A line "!FAIL" makes parsing fail (naming file and line); a line
 * "!FAIL-ON-WRITE" makes the document fail half-way through writing, inside the store transaction.
 *
 * <p>Active only where {@code untoc.test.pipeline=true}, and then preferred over any real pipeline bean.
 */
@Singleton
@Primary
@Requires(property = "untoc.test.pipeline", value = "true")
public class TestPipeline implements DocumentPipeline {
    /** Graph IRI the pipeline gives a file. */
    public static String graphOf(Path file) {
        return Ids.graph("test/" + stem(file));
    }

    @Override
    public DocumentGraph process(Path file) throws DocumentException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("!FAIL")) {
                throw new DocumentException(file, i + 1, "test pipeline: unparseable line", null);
            }
        }
        String subject = Ids.ID + "test/" + stem(file);
        String title = lines.isEmpty() ? "" : lines.get(0).strip();
        return new DocumentGraph() {
            @Override
            public String graphIri() {
                return graphOf(file);
            }

            @Override
            public String label() {
                return "test " + stem(file);
            }

            @Override
            public void emit(org.apache.jena.riot.system.StreamRDF sink) {
                Node doc = NodeFactory.createURI(subject);
                sink.triple(Triple.create(doc, DCTerms.title.asNode(), NodeFactory.createLiteralString(title)));
                sink.triple(Triple.create(doc, FOAF.isPrimaryTopicOf.asNode(),
                        NodeFactory.createLiteralString(file.getFileName().toString())));
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.equals("!FAIL-ON-WRITE")) {
                        throw new IllegalStateException(file + ":" + (i + 1) + ": test pipeline failed mid-write");
                    }
                    if (line.isEmpty()) {
                        continue;
                    }
                    Node part = NodeFactory.createURI(subject + "/line/" + (i + 1));
                    sink.triple(Triple.create(doc, DCTerms.hasPart.asNode(), part));
                    sink.triple(Triple.create(part, RDFS.label.asNode(), NodeFactory.createLiteralString(line)));
                }
            }
        };
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
