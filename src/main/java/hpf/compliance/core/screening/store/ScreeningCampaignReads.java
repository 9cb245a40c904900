package hpf.compliance.core.screening.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What a screening run knows of its campaign before it reads the units: the targets already filed (whatever branch,
 * so that a unit that moved branch is not taken for a new target) and the unresolved alerts, read on the read pass's
 * connection.
 */
final class ScreeningCampaignReads {
    private ScreeningCampaignReads() {}

    /** Every target of the campaign: unit id to target id. */
    static Map<String, String> targetsOf(Connection c, TableMap t, String campaignId) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + BatchSql.columns(t, "targetId", "unitId") + " FROM "
                + t.table() + " WHERE " + t.column("campaignId") + " = ?")) {
            ps.setString(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(2), rs.getString(1));
            }
        }
        return out;
    }

    /** The unresolved alerts of the campaign (of no campaign when null), one per unit. */
    static Map<String, ScreeningWriter.OpenAlert> openAlertsOf(Connection c, TableMap a, String campaignId) throws SQLException {
        Map<String, ScreeningWriter.OpenAlert> out = new HashMap<>();
        String sql = "SELECT " + BatchSql.columns(a, "alertId", "unitId", "statusId", "amountOwed") + " FROM " + a.table()
                + " WHERE " + a.column("campaignId") + (campaignId == null ? " IS NULL" : " = ?") + " AND " + a.column("statusId")
                + " IN (" + String.join(", ", ScreeningJob.UNRESOLVED.stream().map(s -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (campaignId != null) ps.setString(i++, campaignId);
            for (String s : ScreeningJob.UNRESOLVED) ps.setString(i++, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal owed = rs.getBigDecimal(4);
                    out.put(rs.getString(2), new ScreeningWriter.OpenAlert(rs.getString(1), rs.getString(3), owed));
                }
            }
        }
        return out;
    }
}
