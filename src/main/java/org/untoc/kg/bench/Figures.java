package org.untoc.kg.bench;

import java.util.ArrayList;
import java.util.List;

/** The figures of one corpus size, in the order they were measured. */
public final class Figures {
    /**
     * One figure.
     *
     * @param label what was measured
     * @param unit its unit ("" for a count)
     * @param value the value
     */
    public record Figure(String label, String unit, double value) {}

    private final List<Figure> figures = new ArrayList<>();
    private final java.io.PrintWriter live;

    Figures() {
        this(null);
    }

    /** Figures that are also printed as they are measured, so a run cut short still shows what it measured. */
    Figures(java.io.PrintWriter live) {
        this.live = live;
    }

    void put(String label, String unit, double value) {
        figures.add(new Figure(label, unit, value));
        if (live != null) {
            live.println(line(figures.get(figures.size() - 1)));
            live.flush();
        }
    }

    private static String line(Figure f) {
        return String.format("  %-62s %14s %s", f.label(), format(f.value()), f.unit());
    }

    /** The value of a label, or NaN. */
    public double get(String label) {
        return figures.stream().filter(f -> f.label().equals(label)).mapToDouble(Figure::value).findFirst()
                .orElse(Double.NaN);
    }

    /** Every figure. */
    public List<Figure> list() {
        return List.copyOf(figures);
    }

    String render(int size) {
        StringBuilder s = new StringBuilder(String.format("figures at %,d documents (%s)%n", size,
                MachineInfo.describe()));
        for (Figure f : figures) {
            s.append(line(f)).append(System.lineSeparator());
        }
        return s.toString();
    }

    /**
     * How each figure grows from the smallest size to the largest. For totals (times, triples, heap) linear cost
     * means growth ≈ size ratio (exponent ≈ 1); for rates and latencies it means they stay put (exponent ≈ 0).
     */
    static String scaling(int small, Figures a, int large, Figures b) {
        double sizeRatio = (double) large / small;
        StringBuilder s = new StringBuilder(String.format(
                "scaling from %,d to %,d documents (size ratio %.1f); exponent = log(growth)/log(size ratio):%n",
                small, large, sizeRatio));
        s.append(String.format("  %-62s %14s %14s %9s %9s%n", "figure", "small", "large", "growth", "exponent"));
        for (Figure f : a.figures) {
            double v = b.get(f.label());
            double growth = v / f.value();
            double exponent = Math.log(growth) / Math.log(sizeRatio);
            s.append(String.format("  %-62s %14s %14s %9s %9s%n", f.label(), format(f.value()), format(v),
                    Double.isFinite(growth) ? String.format("%.2f", growth) : "-",
                    Double.isFinite(exponent) ? String.format("%.2f", exponent) : "-"));
        }
        return s.toString();
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format("%,d", (long) v);
        }
        return Math.abs(v) >= 100 ? String.format("%,.0f", v) : String.format("%.3f", v);
    }
}
