package hpf.compliance.core.warning;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The office's settings of the score: one {@link SignalSetting} per signal (missing ones take the signal's defaults),
 * and the payday assumed for a unit whose 发薪日 is not known. Plain data, built by the Moqui layer from the
 * settings entity or by tests.
 */
public final class RiskConfig {
    /** Art. 19: the unit remits within 5 days of its payday. */
    public static final int REMIT_DAYS_AFTER_PAYDAY = 5;
    public static final int DEFAULT_PAYDAY = 15;

    private final Map<RiskSignal, SignalSetting> settings;
    private final int defaultPayday;

    private RiskConfig(Map<RiskSignal, SignalSetting> settings, int defaultPayday) {
        EnumMap<RiskSignal, SignalSetting> all = new EnumMap<>(RiskSignal.class);
        for (RiskSignal s : RiskSignal.values()) all.put(s, settings.getOrDefault(s, s.defaults()));
        this.settings = Collections.unmodifiableMap(all);
        if (defaultPayday < 1 || defaultPayday > 31) throw new IllegalArgumentException("payday must be 1..31: " + defaultPayday);
        this.defaultPayday = defaultPayday;
    }

    public static RiskConfig defaults() {
        return new RiskConfig(Map.of(), DEFAULT_PAYDAY);
    }

    public static RiskConfig of(Map<RiskSignal, SignalSetting> settings) {
        return new RiskConfig(settings, DEFAULT_PAYDAY);
    }

    /** A copy with one signal set otherwise. */
    public RiskConfig with(RiskSignal signal, SignalSetting setting) {
        EnumMap<RiskSignal, SignalSetting> copy = new EnumMap<>(settings);
        copy.put(signal, setting);
        return new RiskConfig(copy, defaultPayday);
    }

    public SignalSetting setting(RiskSignal signal) { return settings.get(signal); }

    public Map<RiskSignal, SignalSetting> settings() { return settings; }

    public int defaultPayday() { return defaultPayday; }

    /** The most points a unit can get: the sum of the weights. */
    public double maxScore() {
        double sum = 0;
        for (SignalSetting s : settings.values()) sum += s.weight();
        return sum;
    }
}
