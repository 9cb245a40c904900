package hpf.compliance.core.rules;

import static org.junit.jupiter.api.Assertions.*;

import hpf.compliance.core.rules.EnforcementCase.ActionType;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The case get#EnforcementCase and check#CourtReferrals build from a target's stored letters and actions. */
class StoredEnforcementCaseTest {
    static Map<String, Object> action(String id, String type, String status, String issued, String due, String complied) {
        Map<String, Object> m = new HashMap<>();
        m.put("actionId", id);
        m.put("actionTypeEnumId", type);
        m.put("statusId", status);
        m.put("issueDate", issued == null ? null : Date.valueOf(issued));
        m.put("dueDate", due == null ? null : Date.valueOf(due));
        m.put("compliedDate", complied == null ? null : Date.valueOf(complied));
        return m;
    }

    static Map<String, Object> letter(String id, String issued) {
        return Map.of("noticeId", id, "issueDate", Date.valueOf(issued));
    }

    @Test
    void historyHoldsServedLettersAndIssuedActionsButNotCancelledOrDraftOnes() {
        var built = StoredEnforcementCase.build(false, List.of(letter("N2", "2026-05-10"), letter("N1", "2026-04-01")), List.of(
                action("A1", "HpfEaOrderToPay", "HpfEnfIssued", "2026-06-01", "2026-06-16", null),
                action("A2", "HpfEaOrderToPay", "HpfEnfCancelled", "2026-05-20", "2026-06-05", null),
                action("A3", "HpfEaCourtReferral", "HpfEnfDraft", "2026-07-01", null, null),
                action("A4", "HpfEaSomethingElse", "HpfEnfIssued", "2026-07-02", null, null)), null);
        EnforcementCase c = built.enforcementCase();
        assertEquals(EnforcementCase.Type.ARREARS, c.type());
        assertEquals(List.of(ActionType.GUIDANCE_LETTER, ActionType.GUIDANCE_LETTER, ActionType.ORDER_WITH_DEADLINE),
                c.history().stream().map(EnforcementCase.Action::type).toList());
        assertEquals(LocalDate.of(2026, 6, 16), c.history().get(2).deadline());
        assertEquals("A1", built.openOrderId());
        assertEquals("N2", built.servedNoticeId());
        assertNull(c.compliedDate());
    }

    @Test
    void anEscalatedOrderStaysInForceAndTheEarliestComplianceCounts() {
        var built = StoredEnforcementCase.build(false, List.of(), List.of(
                action("A1", "HpfEaOrderToPay", "HpfEnfEscalated", "2026-06-01", "2026-06-16", "2026-08-03"),
                action("A2", "HpfEaOrderToPay", "HpfEnfComplied", "2026-02-01", "2026-02-16", "2026-03-01")),
                LocalDate.of(2026, 9, 1));
        assertEquals("A1", built.openOrderId());
        assertEquals(LocalDate.of(2026, 3, 1), built.enforcementCase().compliedDate(), "a complied order's day before the rectified day");
        assertNull(built.servedNoticeId());
    }

    @Test
    void aRectifiedTargetWithoutAComplianceDayCountsFromItsRectification() {
        var built = StoredEnforcementCase.build(true, List.of(), List.of(), LocalDate.of(2026, 9, 1));
        assertEquals(EnforcementCase.Type.NON_REGISTRATION, built.enforcementCase().type());
        assertEquals(LocalDate.of(2026, 9, 1), built.enforcementCase().compliedDate());
        assertNull(built.openOrderId());
    }

    @Test
    void theLatestOrderIsTheLastIssuedByTheDayAndNeitherDraftNorCancelled() {
        List<Map<String, Object>> actions = List.of(
                action("O1", "HpfEaOrderToPay", "HpfEnfComplied", "2026-03-01", "2026-03-16", null),
                action("O2", "HpfEaOrderToPay", "HpfEnfIssued", "2026-06-01", "2026-06-16", null),
                action("O3", "HpfEaOrderToPay", "HpfEnfDraft", "2026-06-20", null, null),
                action("O4", "HpfEaOrderToPay", "HpfEnfCancelled", "2026-06-10", null, null),
                action("O5", "HpfEaOrderToPay", "HpfEnfIssued", "2026-09-01", "2026-09-16", null),
                action("R1", "HpfEaCourtReferral", "HpfEnfIssued", "2026-07-01", null, null));
        assertEquals("O2", StoredEnforcementCase.latestOrder(actions, LocalDate.of(2026, 8, 31)).get("actionId"));
        assertEquals("O5", StoredEnforcementCase.latestOrder(actions, LocalDate.of(2026, 9, 1)).get("actionId"), "issued that day counts");
        assertEquals("O1", StoredEnforcementCase.latestOrder(actions, LocalDate.of(2026, 5, 31)).get("actionId"));
        assertNull(StoredEnforcementCase.latestOrder(actions, LocalDate.of(2026, 2, 28)));
    }

    @Test
    void anApplicationOnAnOrderCountsUnlessCancelledEvenInDraft() {
        Map<String, Object> draft = action("R1", "HpfEaCourtReferral", "HpfEnfDraft", "2026-07-01", null, null);
        draft.put("priorActionId", "O2");
        Map<String, Object> cancelled = action("R0", "HpfEaCourtReferral", "HpfEnfCancelled", "2026-06-25", null, null);
        cancelled.put("priorActionId", "O2");
        Map<String, Object> other = action("R2", "HpfEaCourtReferral", "HpfEnfIssued", "2026-07-01", null, null);
        other.put("priorActionId", "O9");
        assertEquals("R1", StoredEnforcementCase.referralOn(List.of(cancelled, other, draft), "O2").get("actionId"));
        assertNull(StoredEnforcementCase.referralOn(List.of(cancelled, other), "O2"));
        assertNull(StoredEnforcementCase.referralOn(List.of(draft), null));
    }

    @Test
    void storedDatesOfEveryKindReadAsDays() {
        assertEquals(LocalDate.of(2026, 1, 2), hpf.compliance.core.screening.store.StoreValues.date(Date.valueOf("2026-01-02")));
        assertEquals(LocalDate.of(2026, 1, 2), hpf.compliance.core.screening.store.StoreValues.date(LocalDate.of(2026, 1, 2)));
        assertEquals(LocalDate.of(2026, 1, 2), hpf.compliance.core.screening.store.StoreValues.date(java.sql.Timestamp.valueOf("2026-01-02 23:59:00")));
        assertNull(hpf.compliance.core.screening.store.StoreValues.date(null));
        assertThrows(IllegalArgumentException.class, () -> hpf.compliance.core.screening.store.StoreValues.date("2026-01-02"));
    }
}
