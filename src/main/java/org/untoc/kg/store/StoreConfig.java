package org.untoc.kg.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * {@code untoc.store.*}: which store to use and where the embedded one keeps its files.
 *
 * @param mode embedded TDB2 or a remote SPARQL store
 * @param data data directory of the embedded store (TDB2 database, Fuseki password file)
 */
@ConfigurationProperties("untoc.store")
public record StoreConfig(
        @Bindable(defaultValue = "EMBEDDED") StoreMode mode,
        @Bindable(defaultValue = "./data") Path data) {

    /** The TDB2 database directory inside the data directory. */
    public Path tdb2Dir() {
        return data.resolve("tdb2");
    }
}
