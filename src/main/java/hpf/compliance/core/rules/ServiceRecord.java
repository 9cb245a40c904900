package hpf.compliance.core.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The record of serving a document (送达回证) such as a guidance letter.
 *
 * @param method           how it was served
 * @param issueDate        the document's issue date
 * @param serviceDate      the day it was served (or the attempt was made)
 * @param recipient        who received it (PERSONAL) or who refused it (LEFT)
 * @param recipientRefused the recipient refused to accept or sign (LEFT)
 * @param witnesses        witnesses present when it was left (LEFT)
 * @param trackingNo       postal tracking number (POST)
 * @param channel          electronic channel, e.g. e-mail, SMS (ELECTRONIC)
 * @param address          e-mail address, phone number or account it was sent to (ELECTRONIC)
 * @param unitConsent      the unit agreed in writing to electronic service (ELECTRONIC)
 * @param outcome          delivered, returned or undeliverable
 * @param failureReason    why it came back or could not be delivered
 */
public record ServiceRecord(ServiceMethod method, LocalDate issueDate, LocalDate serviceDate, String recipient, boolean recipientRefused,
                            List<String> witnesses, String trackingNo, String channel, String address, Boolean unitConsent,
                            Outcome outcome, String failureReason) {

    public enum Outcome { DELIVERED, RETURNED, UNDELIVERABLE }

    public ServiceRecord {
        witnesses = witnesses == null ? List.of() : List.copyOf(witnesses.stream().map(s -> s == null ? "" : s).toList());
        if (outcome == null) outcome = Outcome.DELIVERED;
    }

    public static ServiceRecord personal(LocalDate issued, LocalDate served, String recipient) {
        return new ServiceRecord(ServiceMethod.PERSONAL, issued, served, recipient, false, List.of(), null, null, null, null, Outcome.DELIVERED, null);
    }

    public static ServiceRecord left(LocalDate issued, LocalDate served, String recipient, List<String> witnesses) {
        return new ServiceRecord(ServiceMethod.LEFT, issued, served, recipient, true, witnesses, null, null, null, null, Outcome.DELIVERED, null);
    }

    public static ServiceRecord post(LocalDate issued, LocalDate served, String trackingNo) {
        return new ServiceRecord(ServiceMethod.POST, issued, served, null, false, List.of(), trackingNo, null, null, null, Outcome.DELIVERED, null);
    }

    public static ServiceRecord electronic(LocalDate issued, LocalDate served, String channel, String address, Boolean consent) {
        return new ServiceRecord(ServiceMethod.ELECTRONIC, issued, served, null, false, List.of(), null, channel, address, consent, Outcome.DELIVERED, null);
    }

    public ServiceRecord withOutcome(Outcome o, String reason) {
        return new ServiceRecord(method, issueDate, serviceDate, recipient, recipientRefused, witnesses, trackingNo, channel, address, unitConsent, o, reason);
    }
}
