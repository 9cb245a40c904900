package hpf.compliance.core.rules;

import hpf.compliance.core.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * Checks a record of service (送达). Each method has its own proof, following the service rules of administrative
 * and civil procedure: a receipt signed by the recipient, a refusal before witnesses, a postal tracking number, or
 * the unit's consent to electronic service and the address used. A document not validly served starts no deadline.
 */
public final class ServiceRecordRules {
    private ServiceRecordRules() {}

    public static final String METHOD_REQUIRED = "Service method is required";
    public static final String ISSUE_DATE_REQUIRED = "Issue date of the document is required";
    public static final String SERVICE_DATE_REQUIRED = "Service date is required";
    public static final String SERVICE_BEFORE_ISSUE = "Service date ${serviceDate} must not be before the issue date ${issueDate}";
    public static final String SERVICE_IN_FUTURE = "Service date ${serviceDate} is in the future";
    public static final String RECIPIENT_REQUIRED = "Name of the person who received the document is required";
    public static final String REFUSAL_REQUIRED = "Service by leaving the document requires that the recipient refused it";
    public static final String REFUSING_RECIPIENT_REQUIRED = "Name of the person who refused the document is required";
    public static final String WITNESS_REQUIRED = "Service by leaving the document requires at least one witness";
    public static final String TRACKING_NO_REQUIRED = "Postal tracking number is required for service by post";
    public static final String CHANNEL_REQUIRED = "Electronic channel is required for electronic service";
    public static final String ADDRESS_REQUIRED = "Electronic address is required for electronic service";
    public static final String CONSENT_REQUIRED = "Electronic service requires the unit's recorded consent";
    public static final String FAILURE_REASON_REQUIRED = "Reason why the document was returned or could not be delivered is required";

    public static List<Violation> check(ServiceRecord r, LocalDate today) {
        Found f = new Found();
        if (r.method() == null) f.add(METHOD_REQUIRED, "method");
        if (r.issueDate() == null) f.add(ISSUE_DATE_REQUIRED, "issueDate");
        if (r.serviceDate() == null) {
            f.add(SERVICE_DATE_REQUIRED, "serviceDate");
        } else {
            if (r.issueDate() != null && r.serviceDate().isBefore(r.issueDate())) {
                f.add(SERVICE_BEFORE_ISSUE, "serviceDate", "serviceDate", r.serviceDate(), "issueDate", r.issueDate());
            }
            if (r.serviceDate().isAfter(today)) f.add(SERVICE_IN_FUTURE, "serviceDate", "serviceDate", r.serviceDate());
        }
        if (r.method() != null) {
            switch (r.method()) {
                case PERSONAL -> {
                    if (delivered(r) && Found.blank(r.recipient())) f.add(RECIPIENT_REQUIRED, "recipient");
                }
                case LEFT -> {
                    // leaving a document is valid only because the recipient refused, which a witness attests
                    if (!r.recipientRefused()) f.add(REFUSAL_REQUIRED, "recipientRefused");
                    if (Found.blank(r.recipient())) f.add(REFUSING_RECIPIENT_REQUIRED, "recipient");
                    if (r.witnesses().stream().allMatch(Found::blank)) f.add(WITNESS_REQUIRED, "witnesses");
                }
                case POST -> {
                    if (Found.blank(r.trackingNo())) f.add(TRACKING_NO_REQUIRED, "trackingNo");
                }
                case ELECTRONIC -> {
                    if (Found.blank(r.channel())) f.add(CHANNEL_REQUIRED, "channel");
                    if (Found.blank(r.address())) f.add(ADDRESS_REQUIRED, "address");
                    if (!Boolean.TRUE.equals(r.unitConsent())) f.add(CONSENT_REQUIRED, "unitConsent");
                }
            }
        }
        if (!delivered(r) && Found.blank(r.failureReason())) f.add(FAILURE_REASON_REQUIRED, "failureReason");
        return f.list();
    }

    /** True when the record proves the document reached the unit, so its deadline runs from the service date. */
    public static boolean isServed(ServiceRecord r, LocalDate today) {
        return delivered(r) && check(r, today).isEmpty();
    }

    private static boolean delivered(ServiceRecord r) {
        return r.outcome() == ServiceRecord.Outcome.DELIVERED;
    }

    /**
     * The service form's parameter for each field a violation names, so a message lands on the input to correct;
     * the same for letters and orders.
     */
    public static final java.util.Map<String, String> FORM_FIELDS = java.util.Map.ofEntries(
            java.util.Map.entry("method", "serviceMethodEnumId"), java.util.Map.entry("issueDate", "serviceDate"),
            java.util.Map.entry("serviceDate", "serviceDate"), java.util.Map.entry("recipient", "recipientName"),
            java.util.Map.entry("recipientRefused", "recipientRefused"), java.util.Map.entry("witnesses", "witnessNames"),
            java.util.Map.entry("trackingNo", "postalTrackingNo"), java.util.Map.entry("channel", "electronicChannel"),
            java.util.Map.entry("address", "electronicAddress"), java.util.Map.entry("unitConsent", "unitConsent"),
            java.util.Map.entry("failureReason", "undeliverableReason"));

    /** Names typed into one field (witnesses, serving officers), separated by commas, 、, semicolons or lines. */
    public static java.util.List<String> names(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (text == null) return out;
        for (String n : text.split("[,，、;；\\n]")) {
            String t = n.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
