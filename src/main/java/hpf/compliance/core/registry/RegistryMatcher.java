package hpf.compliance.core.registry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches registered enterprises against the center's unit accounts to find units that must contribute but never
 * registered (应缴未缴). Tried in order, the first that applies wins: the same USCC; the organization code inside the
 * USCC against old accounts that carry only an organization code; the same normalized name (candidates for a person
 * to confirm); exempt (注销, 吊销, 迁出, or set up no more than 30 days before the reference date, the window of Art. 14
 * gives a new unit to register); otherwise unregistered. The accounts are held in three hash indexes, so each
 * enterprise costs three look-ups whatever the size of the city.
 */
public final class RegistryMatcher {
    /** Art. 14: a new unit registers within 30 days of being set up; day 30 itself is still inside the window. */
    public static final int REGISTRATION_WINDOW_DAYS = 30;

    private final Map<String, Object> byUscc = new HashMap<>();
    private final Map<String, Object> byOrgCode = new HashMap<>();
    private final Map<String, Object> byName = new HashMap<>();
    private int accounts;

    /** Adds an account to the indexes; an account with a USCC is not indexed by organization code (it is not old). */
    public void add(UnitAccountKey a) {
        accounts++;
        if (a.uscc() != null) put(byUscc, a.uscc(), a.accountNo());
        else if (a.organizationCode() != null) put(byOrgCode, a.organizationCode(), a.accountNo());
        String name = Names.normalize(a.name());
        if (!name.isEmpty()) put(byName, name, a.accountNo());
    }

    public int accountCount() { return accounts; }

    public MatchResult match(RegistryEntry e, LocalDate asOf) {
        List<String> found = get(byUscc, e.uscc());
        if (!found.isEmpty()) return new MatchResult(e, MatchKind.USCC, found);
        found = get(byOrgCode, e.organizationCode());
        if (!found.isEmpty()) return new MatchResult(e, MatchKind.ORG_CODE, found);
        found = get(byName, Names.normalize(e.name()));
        if (!found.isEmpty()) return new MatchResult(e, MatchKind.NAME_CANDIDATE, found);
        return new MatchResult(e, mustRegister(e, asOf) ? MatchKind.UNREGISTERED : MatchKind.EXEMPT, List.of());
    }

    /** Active and set up more than {@value #REGISTRATION_WINDOW_DAYS} days before {@code asOf}. */
    public static boolean mustRegister(RegistryEntry e, LocalDate asOf) {
        return e.status().active() && ChronoUnit.DAYS.between(e.established(), asOf) > REGISTRATION_WINDOW_DAYS;
    }

    // one account under a key is by far the common case: keep it as a String and grow to a list only when shared
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> index, String key, String accountNo) {
        Object prev = index.putIfAbsent(key, accountNo);
        if (prev == null) return;
        List<String> list;
        if (prev instanceof String s) {
            if (s.equals(accountNo)) return;
            list = new ArrayList<>(2);
            list.add(s);
            index.put(key, list);
        } else {
            list = (List<String>) prev;
            if (list.contains(accountNo)) return;
        }
        list.add(accountNo);
    }

    @SuppressWarnings("unchecked")
    private static List<String> get(Map<String, Object> index, String key) {
        Object v = key == null ? null : index.get(key);
        if (v == null) return List.of();
        if (v instanceof String s) return List.of(s);
        return (List<String>) v;
    }
}
