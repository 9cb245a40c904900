package hpf.compliance.core.screening;

import hpf.compliance.core.Months;
import hpf.compliance.core.account.AccountStatus;
import hpf.compliance.core.account.BusinessType;
import hpf.compliance.core.account.RemittanceLine;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a unit owed on a chosen day (the application to the court states the months and the amount "as of" a date),
 * by the screening rule itself ({@link UnitScreener}) rather than a rule of its own:
 * <ul>
 *   <li>the obligation months are the campaign's — up to its assessment month, or up to the month before the chosen
 *       day's month when that is earlier (a contribution month becomes owed once it is over);</li>
 *   <li>a payment counts only when it was made on or before the chosen day (a record paid later counts as unpaid
 *       then); a record without a payment date counts as imported, i.e. paid when the data was taken.</li>
 * </ul>
 * With the campaign's parameters and a day after every payment this is exactly the figure the screening (and so
 * payment recovery) gives the unit.
 */
public final class OwedAsOf {
    private OwedAsOf() {}

    /** The campaign's parameters with the assessment month brought back to the month before {@code asOf} if earlier. */
    public static ScreeningParams params(ScreeningParams campaign, LocalDate asOf) {
        YearMonth lastOver = YearMonth.from(asOf).minusMonths(1);
        int assess = Math.min(campaign.assessIndex(), Months.toIndex(lastOver));
        return new ScreeningParams(Math.min(campaign.cutoffIndex(), assess), assess, campaign.stopMonths());
    }

    /** The records as they stood on {@code asOf}: payments made after it are taken out (their due stays). */
    public static List<RemittanceLine> paidBy(List<RemittanceLine> lines, LocalDate asOf) {
        List<RemittanceLine> out = new ArrayList<>(lines.size());
        for (RemittanceLine l : lines) {
            if (l.paidDate() != null && l.paidDate().isAfter(asOf)) {
                out.add(new RemittanceLine(l.accountNo(), l.monthIndex(), l.type(), l.dueCents(), 0L, null, l.sourceLine()));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The unit screened as of {@code asOf}: {@link UnitScreening#owedMonths()}, {@link UnitScreening#amountOwed()},
     * {@link UnitScreening#firstOwedMonth()} and {@link UnitScreening#paidThroughMonth()} are the figures owed then.
     * Rows are the stored unit and its remittances as maps of field name to value ({@link StoredScreening#UNIT_FIELDS},
     * {@link StoredScreening#REMITTANCE_FIELDS}); the unit must have an opening date.
     */
    public static UnitScreening screen(Map<String, ?> unitRow, List<? extends Map<String, ?>> remittanceRows,
                                       Map<String, AccountStatus> statusByEnumId, Map<String, BusinessType> typeByEnumId,
                                       ScreeningParams campaign, LocalDate asOf) {
        if (unitRow.get("openedDate") == null) throw new IllegalArgumentException("the unit has no opening date");
        List<RemittanceLine> lines = new ArrayList<>(remittanceRows.size());
        for (Map<String, ?> r : remittanceRows) lines.add(StoredScreening.remittance(r, typeByEnumId));
        return UnitScreener.screen(StoredScreening.unit(unitRow, statusByEnumId), paidBy(lines, asOf), params(campaign, asOf));
    }
}
