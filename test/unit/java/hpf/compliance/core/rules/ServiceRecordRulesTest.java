package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;
import hpf.compliance.core.rules.ServiceRecord.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static hpf.compliance.core.rules.Checks.*;
import static hpf.compliance.core.rules.ServiceRecordRules.*;
import static org.junit.jupiter.api.Assertions.*;

class ServiceRecordRulesTest {
    static final LocalDate ISSUED = LocalDate.of(2026, 4, 8), SERVED = LocalDate.of(2026, 4, 10), TODAY = LocalDate.of(2026, 4, 20);

    @Test
    void eachMethodWithItsProofPasses() {
        assertNone(ServiceRecordRules.check(ServiceRecord.personal(ISSUED, SERVED, "张伟"), TODAY));
        assertNone(ServiceRecordRules.check(ServiceRecord.left(ISSUED, SERVED, "张伟", List.of("社区主任 刘强")), TODAY));
        assertNone(ServiceRecordRules.check(ServiceRecord.post(ISSUED, SERVED, "1234567890123"), TODAY));
        assertNone(ServiceRecordRules.check(ServiceRecord.electronic(ISSUED, SERVED, "电子邮件", "hr@example.cn", true), TODAY));
        assertTrue(ServiceRecordRules.isServed(ServiceRecord.personal(ISSUED, SERVED, "张伟"), TODAY));
    }

    @Test
    void personalNeedsRecipient() {
        Violation v = assertOnly(RECIPIENT_REQUIRED, ServiceRecordRules.check(ServiceRecord.personal(ISSUED, SERVED, " "), TODAY));
        assertEquals("recipient", v.field());
        assertFalse(ServiceRecordRules.isServed(ServiceRecord.personal(ISSUED, SERVED, null), TODAY));
    }

    @Test
    void leftNeedsRefusalAndWitness() {
        assertOnly(WITNESS_REQUIRED, ServiceRecordRules.check(ServiceRecord.left(ISSUED, SERVED, "张伟", List.of()), TODAY));
        assertOnly(WITNESS_REQUIRED, ServiceRecordRules.check(ServiceRecord.left(ISSUED, SERVED, "张伟", List.of(" ")), TODAY));
        ServiceRecord notRefused = new ServiceRecord(ServiceMethod.LEFT, ISSUED, SERVED, "张伟", false, List.of("刘强"), null, null, null, null, Outcome.DELIVERED, null);
        assertOnly(REFUSAL_REQUIRED, ServiceRecordRules.check(notRefused, TODAY));
        assertOnly(REFUSING_RECIPIENT_REQUIRED, ServiceRecordRules.check(ServiceRecord.left(ISSUED, SERVED, null, List.of("刘强")), TODAY));
    }

    @Test
    void postNeedsTrackingNumber() {
        assertOnly(TRACKING_NO_REQUIRED, ServiceRecordRules.check(ServiceRecord.post(ISSUED, SERVED, ""), TODAY));
    }

    @Test
    void electronicNeedsChannelAddressAndConsent() {
        assertOnly(CHANNEL_REQUIRED, ServiceRecordRules.check(ServiceRecord.electronic(ISSUED, SERVED, null, "hr@example.cn", true), TODAY));
        assertOnly(ADDRESS_REQUIRED, ServiceRecordRules.check(ServiceRecord.electronic(ISSUED, SERVED, "短信", " ", true), TODAY));
        assertOnly(CONSENT_REQUIRED, ServiceRecordRules.check(ServiceRecord.electronic(ISSUED, SERVED, "短信", "13800000000", false), TODAY));
        assertOnly(CONSENT_REQUIRED, ServiceRecordRules.check(ServiceRecord.electronic(ISSUED, SERVED, "短信", "13800000000", null), TODAY));
    }

    @Test
    void serviceDateBetweenIssueAndToday() {
        assertOnly(SERVICE_DATE_REQUIRED, ServiceRecordRules.check(ServiceRecord.personal(ISSUED, null, "张伟"), TODAY));
        Violation v = assertOnly(SERVICE_BEFORE_ISSUE, ServiceRecordRules.check(ServiceRecord.personal(ISSUED, ISSUED.minusDays(1), "张伟"), TODAY));
        assertEquals(ISSUED, v.args().get("issueDate"));
        assertNone(ServiceRecordRules.check(ServiceRecord.personal(ISSUED, ISSUED, "张伟"), TODAY));
        assertOnly(SERVICE_IN_FUTURE, ServiceRecordRules.check(ServiceRecord.personal(ISSUED, TODAY.plusDays(1), "张伟"), TODAY));
        assertNone(ServiceRecordRules.check(ServiceRecord.personal(ISSUED, TODAY, "张伟"), TODAY));
        assertOnly(ISSUE_DATE_REQUIRED, ServiceRecordRules.check(ServiceRecord.personal(null, SERVED, "张伟"), TODAY));
    }

    @Test
    void methodLabels() {
        assertEquals(List.of("直接送达", "留置送达", "邮寄送达", "电子送达"),
                java.util.Arrays.stream(ServiceMethod.values()).map(ServiceMethod::label).toList());
    }

    @Test
    void methodRequired() {
        ServiceRecord r = new ServiceRecord(null, ISSUED, SERVED, "张伟", false, null, null, null, null, null, null, null);
        assertOnly(METHOD_REQUIRED, ServiceRecordRules.check(r, TODAY));
    }

    @Test
    void returnedOrUndeliverableNeedsReason() {
        ServiceRecord returned = ServiceRecord.post(ISSUED, SERVED, "1234567890123").withOutcome(Outcome.RETURNED, null);
        assertOnly(FAILURE_REASON_REQUIRED, ServiceRecordRules.check(returned, TODAY));
        assertNone(ServiceRecordRules.check(returned.withOutcome(Outcome.RETURNED, "查无此单位"), TODAY));
        ServiceRecord gone = ServiceRecord.personal(ISSUED, SERVED, null).withOutcome(Outcome.UNDELIVERABLE, " ");
        assertOnly(FAILURE_REASON_REQUIRED, ServiceRecordRules.check(gone, TODAY));
        ServiceRecord explained = gone.withOutcome(Outcome.UNDELIVERABLE, "经营场所已搬离");
        assertNone(ServiceRecordRules.check(explained, TODAY));
        assertFalse(ServiceRecordRules.isServed(explained, TODAY), "a failed attempt is not service");
    }

    @org.junit.jupiter.api.Test
    void namesTypedIntoOneFieldAreSplitOnEveryUsualSeparator() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("郭建平", "韩雪梅", "王五", "赵六", "钱七"),
                ServiceRecordRules.names(" 郭建平，韩雪梅、王五;赵六\n钱七 ,"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), ServiceRecordRules.names(null));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), ServiceRecordRules.names(" ， "));
    }

    @org.junit.jupiter.api.Test
    void everyFieldAViolationNamesHasItsFormParameter() {
        org.junit.jupiter.api.Assertions.assertEquals("witnessNames", ServiceRecordRules.FORM_FIELDS.get("witnesses"));
        org.junit.jupiter.api.Assertions.assertEquals("serviceDate", ServiceRecordRules.FORM_FIELDS.get("issueDate"));
        org.junit.jupiter.api.Assertions.assertEquals("undeliverableReason", ServiceRecordRules.FORM_FIELDS.get("failureReason"));
    }
}
