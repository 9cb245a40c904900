package hpf.compliance.core;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.TimeZone;

/**
 * "Now" as the people of the center live it: today's date, this month, and the calendar date and wall-clock time of
 * a stored instant, reckoned in the user's time zone, or, when there is no user (scheduled jobs), in the center's
 * zone (property {@value #ZONE_PROPERTY}, default Asia/Shanghai). The server's own zone (Moqui's
 * {@code default_time_zone}, UTC unless configured) never decides a business date: at 04:00 in Shanghai it is still
 * the day before in UTC.
 *
 * <p>Instants ({@code java.sql.Timestamp}, {@code java.util.Date}) are converted with the zone; a
 * {@code java.sql.Date} is a calendar date already (Moqui reads and writes it in the JVM's zone, so its
 * {@link java.sql.Date#toLocalDate()} is the stored date) and passes unchanged.
 *
 * <p>In Moqui: {@code CenterClock.of(ec.user.nowTimestamp, ec.user.userId, ec.user.timeZone)}.
 */
public record CenterClock(Instant now, ZoneId zone) {
    /** System property (or environment variable) naming the center's time zone, e.g. {@code Asia/Shanghai}. */
    public static final String ZONE_PROPERTY = "hpf_time_zone";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public CenterClock {
        if (now == null) throw new IllegalArgumentException("now is required");
        if (zone == null) throw new IllegalArgumentException("zone is required");
    }

    /**
     * The clock of a request: {@code now} (Moqui's {@code ec.user.nowTimestamp}, which honours an effective time) in
     * the zone of the user when someone is logged in ({@code ec.user.timeZone}: the user's own, else the server's
     * default as Moqui resolves it), else in the center's zone.
     */
    public static CenterClock of(Date now, String userId, TimeZone userZone) {
        ZoneId zone = userId != null && !userId.isEmpty() && userZone != null ? userZone.toZoneId() : centerZone();
        return new CenterClock(instant(now == null ? new Date() : now), zone);
    }

    /** The center's zone from the property {@value #ZONE_PROPERTY} (system property, then environment), else Asia/Shanghai. */
    public static ZoneId centerZone() {
        String p = System.getProperty(ZONE_PROPERTY);
        return centerZone(p != null && !p.isBlank() ? p : System.getenv(ZONE_PROPERTY));
    }

    /** The zone named by a setting; blank means the default. An unknown name is a configuration error, said plainly. */
    public static ZoneId centerZone(String setting) {
        if (setting == null || setting.isBlank()) return DEFAULT_ZONE;
        try {
            return ZoneId.of(setting.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Property " + ZONE_PROPERTY + " names an unknown time zone '" + setting
                    + "'; use a region name such as Asia/Shanghai", e);
        }
    }

    public LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    /** Today as a date field value (issue dates, submitted dates, comparisons with date fields). */
    public java.sql.Date todayDate() {
        return java.sql.Date.valueOf(today());
    }

    public YearMonth month() {
        return YearMonth.from(today());
    }

    public LocalDateTime localNow() {
        return now.atZone(zone).toLocalDateTime();
    }

    /** The calendar date of an instant in this zone; a java.sql.Date is returned as the date it is. */
    public LocalDate dateOf(Date d) {
        if (d == null) return null;
        if (d instanceof java.sql.Date sd) return sd.toLocalDate();
        return instant(d).atZone(zone).toLocalDate();
    }

    /** {@link #dateOf} as a date field value. */
    public java.sql.Date sqlDateOf(Date d) {
        LocalDate ld = dateOf(d);
        return ld == null ? null : java.sql.Date.valueOf(ld);
    }

    /** The wall-clock date and time of an instant in this zone (a java.sql.Date: its date at midnight). */
    public LocalDateTime dateTimeOf(Date d) {
        if (d == null) return null;
        if (d instanceof java.sql.Date sd) return sd.toLocalDate().atStartOfDay();
        return instant(d).atZone(zone).toLocalDateTime();
    }

    /** The first instant of the date of {@code d} in this zone, e.g. to put a dated record on a timeline of instants. */
    public java.sql.Timestamp startOfDay(Date d) {
        LocalDate ld = dateOf(d);
        return ld == null ? null : java.sql.Timestamp.from(ld.atStartOfDay(zone).toInstant());
    }

    /** Whole calendar days from the date of {@code d} to today (0 on the same day), or null without a date. */
    public Long daysSince(Date d) {
        LocalDate ld = dateOf(d);
        return ld == null ? null : ChronoUnit.DAYS.between(ld, today());
    }

    /** True when the date of {@code d} is before today: a deadline on that date has passed. */
    public boolean isBeforeToday(Date d) {
        LocalDate ld = dateOf(d);
        return ld != null && ld.isBefore(today());
    }

    /** True when the date of {@code d} is after today (a date in the future). */
    public boolean isAfterToday(Date d) {
        LocalDate ld = dateOf(d);
        return ld != null && ld.isAfter(today());
    }

    private static Instant instant(Date d) {
        // java.sql.Date.toInstant() throws; the epoch millis are the same for every Date
        return Instant.ofEpochMilli(d.getTime());
    }
}
