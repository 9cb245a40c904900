package hpf.compliance.core.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A unit's application to lower its rate (降低缴存比例) or to defer (缓缴), as entered by branch staff.
 * Any field may be null: the rules report what is missing.
 *
 * @param kind                  rate reduction or deferral
 * @param requestedEmployerRate requested employer rate (rate reduction)
 * @param requestedEmployeeRate requested employee rate (rate reduction)
 * @param deferralMonths        months deferred (deferral)
 * @param periodFrom            first day of the requested period
 * @param periodThru            last day of the requested period
 * @param reason                why the unit is in difficulty
 * @param profitLossLastYear    profit (+) or loss (−) of the previous year, yuan
 * @param profitLossYearBefore  profit or loss of the year before that, yuan
 * @param resolution            the workers' congress / union resolution
 * @param notice                the public notice in the unit
 * @param attachments           documents attached
 * @param submittedDate         the day the branch received the application
 */
public record RegularizationApplication(RegularizationKind kind, BigDecimal requestedEmployerRate, BigDecimal requestedEmployeeRate,
                                        Integer deferralMonths, LocalDate periodFrom, LocalDate periodThru, String reason,
                                        BigDecimal profitLossLastYear, BigDecimal profitLossYearBefore, WorkerResolution resolution,
                                        PublicNotice notice, Set<AttachmentType> attachments, LocalDate submittedDate) {

    public RegularizationApplication {
        attachments = attachments == null || attachments.isEmpty() ? Set.of() : Set.copyOf(attachments);
    }

    public static Builder builder(RegularizationKind kind) {
        return new Builder(kind);
    }

    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.requestedEmployerRate = requestedEmployerRate;
        b.requestedEmployeeRate = requestedEmployeeRate;
        b.deferralMonths = deferralMonths;
        b.periodFrom = periodFrom;
        b.periodThru = periodThru;
        b.reason = reason;
        b.profitLossLastYear = profitLossLastYear;
        b.profitLossYearBefore = profitLossYearBefore;
        b.resolution = resolution;
        b.notice = notice;
        b.attachments(attachments);
        b.submittedDate = submittedDate;
        return b;
    }

    /** Fluent construction, for services that fill the record field by field from an entity. */
    public static final class Builder {
        private RegularizationKind kind;
        private BigDecimal requestedEmployerRate, requestedEmployeeRate;
        private Integer deferralMonths;
        private LocalDate periodFrom, periodThru;
        private String reason;
        private BigDecimal profitLossLastYear, profitLossYearBefore;
        private WorkerResolution resolution;
        private PublicNotice notice;
        private Set<AttachmentType> attachments = EnumSet.noneOf(AttachmentType.class);
        private LocalDate submittedDate;

        private Builder(RegularizationKind kind) {
            this.kind = kind;
        }

        public Builder kind(RegularizationKind v) { kind = v; return this; }
        public Builder requestedEmployerRate(BigDecimal v) { requestedEmployerRate = v; return this; }
        public Builder requestedEmployeeRate(BigDecimal v) { requestedEmployeeRate = v; return this; }
        public Builder deferralMonths(Integer v) { deferralMonths = v; return this; }
        public Builder period(LocalDate from, LocalDate thru) { periodFrom = from; periodThru = thru; return this; }
        public Builder reason(String v) { reason = v; return this; }
        public Builder profitLoss(BigDecimal lastYear, BigDecimal yearBefore) { profitLossLastYear = lastYear; profitLossYearBefore = yearBefore; return this; }
        public Builder resolution(WorkerResolution v) { resolution = v; return this; }
        public Builder notice(PublicNotice v) { notice = v; return this; }
        public Builder attachments(Set<AttachmentType> v) { attachments = EnumSet.noneOf(AttachmentType.class); if (v != null) attachments.addAll(v); return this; }
        public Builder attach(AttachmentType v) { attachments.add(v); return this; }
        public Builder submittedDate(LocalDate v) { submittedDate = v; return this; }

        public RegularizationApplication build() {
            return new RegularizationApplication(kind, requestedEmployerRate, requestedEmployeeRate, deferralMonths, periodFrom,
                    periodThru, reason, profitLossLastYear, profitLossYearBefore, resolution, notice, attachments, submittedDate);
        }
    }
}
