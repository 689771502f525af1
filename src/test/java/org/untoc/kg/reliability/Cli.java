package org.untoc.kg.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.untoc.kg.cli.Main;
import org.untoc.kg.load.StoreSnapshot;
import org.untoc.kg.store.Tdb2Store;

/** The command line run in-process with the real pipeline; what it printed and returned. */
record Cli(int code, String out, String err) {
    static Cli run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setProperty("untoc.test.real-pipeline", "true");
        try {
            int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.clearProperty("untoc.test.real-pipeline");
        }
    }

    /** Every named graph of the TDB2 store in a data dir. */
    static Map<String, Graph> snapshot(java.nio.file.Path data) {
        try (Tdb2Store store = new Tdb2Store(data.resolve("tdb2"))) {
            return StoreSnapshot.of(store);
        }
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
