package org.untoc.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No Docker engine here: check the files Docker would read instead (config parses, references resolve). */
class DockerFilesTest {
    private static final Path DOCKER = Path.of("docker");

    @Test
    void fusekiConfigParsesAndSaysWhatTheServiceRelieson() {
        Model config = RDFDataMgr.loadModel(DOCKER.resolve("fuseki-config.ttl").toString());
        String ask = """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2: <http://jena.apache.org/2016/tdb#>
                SELECT ?op ?name ?users {
                  ?svc fuseki:name "untoc" ; fuseki:dataset ?ds ; fuseki:endpoint ?ep .
                  ?ds a tdb2:DatasetTDB2 ; tdb2:unionDefaultGraph true ; tdb2:location ?loc .
                  ?ep fuseki:operation ?op ; fuseki:name ?name .
                  OPTIONAL { ?ep fuseki:allowedUsers ?users }
                }""";
        List<String> endpoints = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(ask, config)) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row -> endpoints.add(row.getLiteral("name").getString() + "="
                    + row.getResource("op").getLocalName() + (row.contains("users") ? "+auth" : "")));
        }
        endpoints.sort(null);
        assertEquals(List.of("data=gsp-rw+auth", "get=gsp-r", "query=query", "sparql=query", "update=update+auth"),
                endpoints);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile", "fuseki.Dockerfile"})
    void dockerfilesCopyOnlyFilesThatExistAndRunAsNonRoot(String name) throws IOException {
        String text = Files.readString(DOCKER.resolve(name));
        Matcher copy = Pattern.compile("(?m)^COPY\\s+(?!--from)(.+)$").matcher(text);
        int copies = 0;
        while (copy.find()) {
            String[] parts = copy.group(1).trim().split("\\s+");
            for (int i = 0; i < parts.length - 1; i++) {
                assertTrue(Files.exists(Path.of(parts[i])), name + " copies missing " + parts[i]);
            }
            copies++;
        }
        assertTrue(copies > 0);
        assertTrue(text.contains("\nUSER "), name + " must drop root");
        assertTrue(Pattern.compile("(?m)^FROM .+ AS ").matcher(text).find(), name + " must be multi-stage");
        assertTrue(Files.exists(DOCKER.resolve(name + ".dockerignore")));
    }

    @Test
    void serviceDockerfileCopiesThePomBeforeTheSources() throws IOException {
        String text = Files.readString(DOCKER.resolve("Dockerfile"));
        int pom = text.indexOf("COPY pom.xml");
        int offline = text.indexOf("dependency:go-offline");
        int sources = text.indexOf("COPY . .");
        assertTrue(pom >= 0 && pom < offline && offline < sources, "pom → dependencies → sources");
    }

    @Test
    void composeReferencesExistingFilesAndRunsTheServiceInRemoteMode() throws IOException {
        String compose = Files.readString(DOCKER.resolve("docker-compose.yml"));
        Matcher dockerfile = Pattern.compile("dockerfile:\\s*(\\S+)").matcher(compose);
        int found = 0;
        while (dockerfile.find()) {
            // build context is ".." (the repository root), so paths are relative to it
            assertTrue(Files.exists(Path.of(dockerfile.group(1))), "missing " + dockerfile.group(1));
            found++;
        }
        assertEquals(2, found);
        assertTrue(compose.contains("UNTOC_STORE_MODE: REMOTE"));
        assertTrue(compose.contains("fuseki-tdb2:/fuseki/databases"), "TDB2 on a named volume");
        assertFalse(compose.contains("3030:3030"), "Fuseki is not published outside the compose network");
        String fuseki = Files.readString(DOCKER.resolve("fuseki.Dockerfile"));
        assertTrue(fuseki.contains("docker/fuseki-config.ttl"));
        assertTrue(Files.readString(DOCKER.resolve("fuseki-entrypoint.sh")).contains("--config=/opt/fuseki/fuseki-config.ttl"));
    }
}
