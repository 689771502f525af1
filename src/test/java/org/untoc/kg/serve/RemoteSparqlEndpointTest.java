package org.untoc.kg.serve;

import java.util.Map;
import org.untoc.kg.store.RemoteStoreConfig;
import org.untoc.kg.store.StandaloneFuseki;
import org.untoc.kg.store.TestStores;

/** /sparql in remote mode, in front of the standalone Fuseki process (configured by properties only). */
class RemoteSparqlEndpointTest extends AbstractSparqlEndpointTest {
    @Override
    Map<String, Object> storeProperties(TestStores stores) {
        StandaloneFuseki fuseki = stores.fuseki();
        fuseki.clear();
        RemoteStoreConfig c = fuseki.config();
        return Map.of(
                "untoc.store.mode", "REMOTE",
                "untoc.store.data", dataDir(stores).toString(),
                "untoc.store.remote.query-url", c.queryUrl(),
                "untoc.store.remote.update-url", c.updateUrl(),
                "untoc.store.remote.graph-store-url", c.graphStoreUrl(),
                "untoc.store.remote.user", c.user(),
                "untoc.store.remote.password", c.password());
    }
}
