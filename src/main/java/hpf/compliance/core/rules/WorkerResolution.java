package hpf.compliance.core.rules;

import java.time.LocalDate;

/**
 * The resolution (职代会决议 / 工会决议) approving the request.
 *
 * @param body           who decided
 * @param resolutionDate day of the meeting, or of the last signature
 * @param memberCount    members of the congress or union, when known (null = not given)
 * @param attendance     members present at the vote (congress / union)
 * @param votesFor       votes in favour (congress / union)
 * @param votesAgainst   votes against (congress / union)
 * @param signatures     workers who signed (signatures form)
 */
public record WorkerResolution(ResolutionBody body, LocalDate resolutionDate, Integer memberCount, Integer attendance,
                               Integer votesFor, Integer votesAgainst, Integer signatures) {

    public static WorkerResolution vote(ResolutionBody body, LocalDate date, Integer memberCount, int attendance, int votesFor, int votesAgainst) {
        return new WorkerResolution(body, date, memberCount, attendance, votesFor, votesAgainst, null);
    }

    public static WorkerResolution signed(LocalDate date, int signatures) {
        return new WorkerResolution(ResolutionBody.WORKER_SIGNATURES, date, null, null, null, null, signatures);
    }
}
