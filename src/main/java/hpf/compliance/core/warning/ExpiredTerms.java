package hpf.compliance.core.warning;

import java.time.LocalDate;

/** An approved application's period that has an end: its kind as staff call it (缓缴, 降低缴存比例) and its last day. */
public record ExpiredTerms(String kindLabel, LocalDate thruDate) {
}
