# Standalone Apache Jena Fuseki 5.6.0 for untoc-kg's REMOTE mode, configured by docker/fuseki-config.ttl.
# Build from the repository root: docker build -f docker/fuseki.Dockerfile -t untoc-fuseki .

# --- fetch stage: the Fuseki server jar from Maven Central ----------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS fetch
RUN mvn -B -ntp dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=/opt/fuseki \
    && mv /opt/fuseki/jena-fuseki-server-5.6.0.jar /opt/fuseki/jena-fuseki-server.jar

# --- runtime stage: JRE only, non-root ------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system fuseki && useradd --system --gid fuseki --home /fuseki fuseki \
    && mkdir -p /fuseki/databases && chown -R fuseki:fuseki /fuseki
COPY --from=fetch /opt/fuseki/jena-fuseki-server.jar /opt/fuseki/jena-fuseki-server.jar
COPY docker/fuseki-config.ttl /opt/fuseki/fuseki-config.ttl
COPY docker/fuseki-entrypoint.sh /opt/fuseki/fuseki-entrypoint.sh
USER fuseki
# The TDB2 database lives under the working directory (tdb2:location "databases/untoc").
WORKDIR /fuseki
EXPOSE 3030
VOLUME /fuseki/databases
ENTRYPOINT ["sh", "/opt/fuseki/fuseki-entrypoint.sh"]
