package hpf.compliance.core.rules;

import java.time.LocalDate;

/**
 * The public notice (公示) of the resolution inside the unit.
 *
 * @param from               first day posted
 * @param thru               last day posted
 * @param objections         objections received (must be recorded, 0 included)
 * @param objectionsResponse how the unit answered the objections, required when there were any
 */
public record PublicNotice(LocalDate from, LocalDate thru, Integer objections, String objectionsResponse) {}
