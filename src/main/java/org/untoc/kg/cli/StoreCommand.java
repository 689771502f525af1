package org.untoc.kg.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What every command that opens the store shares: the store flags, the caller's output streams, and an
 * application context configured from the flags.
 */
abstract class StoreCommand implements Callable<Integer>, Main.StreamsAware {
    @Mixin
    StoreOptions store = new StoreOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    protected PrintStream out = System.out;
    protected PrintStream err = System.err;

    @Override
    public void streams(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The store properties of the flags, refusing --data and --endpoint together as a usage error. */
    protected Map<String, Object> storeProperties() {
        if (store.conflicting()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --data or --endpoint, not both");
        }
        return store.properties();
    }

    /** A started application context over the store the flags choose; the caller closes it. */
    protected ApplicationContext context(Map<String, Object> properties) {
        return ApplicationContext.builder().properties(properties).start();
    }
}
