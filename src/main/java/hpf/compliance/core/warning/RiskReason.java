package hpf.compliance.core.warning;

/** One signal that fired: its value (in the signal's unit), the points it added and the sentence with its numbers. */
public record RiskReason(RiskSignal signal, double value, double points, String text) {
}
