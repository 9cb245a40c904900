package hpf.compliance.core.warning;

/**
 * How one signal counts: it fires when its value reaches {@code threshold}, and then adds
 * {@code weight × min(1, value / saturation)} points (the full weight from {@code saturation} on). A weight of 0 turns
 * the signal off.
 */
public record SignalSetting(double weight, double threshold, double saturation) {
    public SignalSetting {
        if (weight < 0 || Double.isNaN(weight)) throw new IllegalArgumentException("weight must not be negative: " + weight);
        if (threshold < 0 || Double.isNaN(threshold)) throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        if (saturation < 0 || Double.isNaN(saturation)) throw new IllegalArgumentException("saturation must not be negative: " + saturation);
    }

    /** Points for a value: 0 below the threshold or with no weight. */
    public double points(double value) {
        if (weight == 0 || value < threshold || value <= 0) return 0;
        if (saturation <= 0) return weight;
        return weight * Math.min(1.0, value / saturation);
    }
}
