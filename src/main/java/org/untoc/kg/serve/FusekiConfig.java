package org.untoc.kg.serve;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code untoc.fuseki.*}: the embedded Fuseki that serves the TDB2 store (loopback only).
 *
 * @param enabled start it with {@code serve} in embedded mode
 * @param port its own port (0, the default = any free port, printed at start)
 * @param dataset dataset path, e.g. "untoc" → /untoc/query, /untoc/update, /untoc/data
 * @param user the one user allowed to write (password generated at first start into the data dir)
 */
@ConfigurationProperties("untoc.fuseki")
public record FusekiConfig(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "0") int port,
        @Bindable(defaultValue = "untoc") String dataset,
        @Bindable(defaultValue = "untoc") String user) {}
