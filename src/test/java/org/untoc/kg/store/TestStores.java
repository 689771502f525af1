package org.untoc.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Real, empty stores for a test: a fresh TDB2 database in a temp dir, or the run's standalone Fuseki process,
 * emptied. Register with {@code @ExtendWith(TestStores.class)} and take a {@code TestStores} parameter.
 */
public final class TestStores implements ParameterResolver, AfterEachCallback {
    private ExtensionContext context;
    private final List<KnowledgeStore> opened = new ArrayList<>();

    /** A new empty store of the given kind. */
    public KnowledgeStore open(StoreKind kind) {
        KnowledgeStore store = switch (kind) {
            case EMBEDDED -> new Tdb2Store(tempDir().resolve("tdb2"));
            case REMOTE -> {
                StandaloneFuseki fuseki = fuseki();
                fuseki.clear();
                yield new RemoteStore(fuseki.config());
            }
            case REMOTE_UPDATE -> {
                StandaloneFuseki fuseki = fuseki();
                fuseki.clear();
                yield new RemoteStore(fuseki.config().withoutGraphStore());
            }
        };
        opened.add(store);
        return store;
    }

    /** The run's standalone Fuseki process. */
    public StandaloneFuseki fuseki() {
        return StandaloneFuseki.get(context);
    }

    /** A new temp dir. */
    public Path tempDir() {
        try {
            return Files.createTempDirectory("untoc-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == TestStores.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        this.context = extension;
        return this;
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        opened.forEach(KnowledgeStore::close);
        opened.clear();
    }
}
