package org.untoc.kg.extract.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** United Nations Treaty Series volume and registration number → instrument, from the curated table. */
public final class TreatySeries {
    /** The curated table on the classpath (from {@code ontology/sources/treaty-series.csv}). */
    public static final String RESOURCE = "/ontology/sources/treaty-series.csv";

    private final Map<String, String> instrumentByVolumeAndNumber;

    public TreatySeries(Map<String, String> instrumentByVolumeAndNumber) {
        this.instrumentByVolumeAndNumber = Collections.unmodifiableMap(new LinkedHashMap<>(instrumentByVolumeAndNumber));
    }

    /** Loads the curated table shipped with the application. */
    public static TreatySeries load() {
        try (InputStream in = TreatySeries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
            Map<String, String> map = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] f = line.split(",", 4);
                map.put(key(f[0].trim(), f[1].trim()), f[2].trim());
            }
            return new TreatySeries(map);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /** IRI segment of the instrument registered in {@code volume} under {@code number}, or null. */
    public String instrument(String volume, String number) {
        return instrumentByVolumeAndNumber.get(key(volume, number));
    }

    private static String key(String volume, String number) {
        return volume + "/" + number;
    }
}
