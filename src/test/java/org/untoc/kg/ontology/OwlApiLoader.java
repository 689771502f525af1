package org.untoc.kg.ontology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFXMLDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;

/**
 * Hands a Jena model to the OWL API as RDF/XML, so the OWL API sees exactly what Jena parsed (one parser for
 * Turtle in the project) and several files can be checked as one ontology.
 */
final class OwlApiLoader {
    static {
        // The OWL API logs every parsed triple at DEBUG; keep the test output readable.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.semanticweb"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    private OwlApiLoader() {}

    static OWLOntology load(Model model) throws OWLOntologyCreationException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.RDFXML);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // No network: the ontology has no owl:imports, and a stray one must fail loudly rather than download.
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION);
        return manager.loadOntologyFromOntologyDocument(
                new StreamDocumentSource(new ByteArrayInputStream(out.toByteArray()), "urn:untoc:check",
                        new RDFXMLDocumentFormat(), null),
                config);
    }
}
