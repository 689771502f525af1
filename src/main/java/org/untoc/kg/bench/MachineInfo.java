package org.untoc.kg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine, JVM and heap a figure was measured on: a figure means nothing without them. */
public final class MachineInfo {
    private MachineInfo() {}

    /** One line: cores, CPU model, RAM; JVM version and vendor; heap limit and use. */
    public static String describe() {
        Runtime rt = Runtime.getRuntime();
        return String.format("machine: %d cores, %s, %s RAM; JVM: Java %s (%s, %s); heap: -Xmx %d MB, %d MB used",
                rt.availableProcessors(), cpuModel(), ram(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("java.vendor"), rt.maxMemory() >> 20,
                usedHeapBytes() >> 20);
    }

    /** Heap in use now (no GC forced). */
    public static long usedHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Heap in use after a full collection: what the live data takes. */
    public static long liveHeapBytes() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return usedHeapBytes();
    }

    static String cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    }

    static String ram() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> (Long.parseLong(v.replaceAll("\\D", "")) >> 20) + " GB")
                .orElse("unknown");
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
