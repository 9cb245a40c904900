package hpf.compliance.core;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The server on UTC, staff in Shanghai: at 20:30Z it is 04:30 the next day for them, and every date the component
 * shows, prints, defaults or compares is theirs.
 */
class CenterClockTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-04-08T20:30Z = 2026-04-09 04:30 in Shanghai */
    static final Timestamp ACROSS_MIDNIGHT = Timestamp.from(Instant.parse("2026-04-08T20:30:00Z"));
    TimeZone serverZone;

    @BeforeEach void serverOnUtc() { serverZone = TimeZone.getDefault(); TimeZone.setDefault(TimeZone.getTimeZone("UTC")); }

    @AfterEach void restore() { TimeZone.setDefault(serverZone); System.clearProperty(CenterClock.ZONE_PROPERTY); }

    @Test
    void todayIsTheUsersDateNotTheServers() {
        CenterClock clock = CenterClock.of(ACROSS_MIDNIGHT, "HpfUChengqu", TimeZone.getTimeZone("Asia/Shanghai"));
        assertEquals(LocalDate.of(2026, 4, 9), clock.today());
        assertEquals("2026-04-09", clock.todayDate().toString());
        assertEquals(LocalDateTime.of(2026, 4, 9, 4, 30), clock.localNow());
        // what the screens did before: the server's date
        assertEquals(LocalDate.of(2026, 4, 8), ACROSS_MIDNIGHT.toLocalDateTime().toLocalDate());
    }

    @Test
    void instantsAreReadInTheZoneAndDatesPassUnchanged() {
        CenterClock clock = new CenterClock(ACROSS_MIDNIGHT.toInstant(), SHANGHAI);
        Timestamp interview = Timestamp.from(Instant.parse("2026-04-08T20:00:00Z"));
        assertEquals(LocalDateTime.of(2026, 4, 9, 4, 0), clock.dateTimeOf(interview));
        assertEquals(LocalDate.of(2026, 4, 9), clock.dateOf(interview));
        assertEquals("2026-04-09", clock.sqlDateOf(interview).toString());
        // a date field is a calendar date (stored and read in the server's zone): it stays what it is
        java.sql.Date deadline = java.sql.Date.valueOf("2026-04-08");
        assertEquals(LocalDate.of(2026, 4, 8), clock.dateOf(deadline));
        assertEquals(LocalDateTime.of(2026, 4, 8, 0, 0), clock.dateTimeOf(deadline));
        assertNull(clock.dateOf(null));
        assertNull(clock.dateTimeOf(null));
        assertNull(clock.daysSince(null));
    }

    @Test
    void deadlinesAndAgesCountInTheUsersDays() {
        CenterClock clock = new CenterClock(ACROSS_MIDNIGHT.toInstant(), SHANGHAI);
        assertTrue(clock.isBeforeToday(java.sql.Date.valueOf("2026-04-08")), "yesterday's deadline has passed");
        assertFalse(clock.isBeforeToday(java.sql.Date.valueOf("2026-04-09")), "today's deadline has not");
        assertTrue(clock.isAfterToday(java.sql.Date.valueOf("2026-04-10")));
        assertFalse(clock.isAfterToday(java.sql.Date.valueOf("2026-04-09")), "a payment made today is not in the future");
        assertFalse(clock.isBeforeToday(null));
        // identified at 09:00 Shanghai on 04-08 (01:00Z): one day ago, not zero
        assertEquals(1L, clock.daysSince(Timestamp.from(Instant.parse("2026-04-08T01:00:00Z"))));
        assertEquals(YearMonth.of(2026, 4), clock.month());
        assertEquals(Instant.parse("2026-04-07T16:00:00Z"), clock.startOfDay(java.sql.Date.valueOf("2026-04-08")).toInstant());
    }

    @Test
    void withoutAUserTheCentersZoneDecides() {
        assertEquals(SHANGHAI, CenterClock.of(ACROSS_MIDNIGHT, null, TimeZone.getTimeZone("UTC")).zone(), "default center zone");
        assertEquals(LocalDate.of(2026, 4, 9), CenterClock.of(ACROSS_MIDNIGHT, "", TimeZone.getTimeZone("UTC")).today());
        System.setProperty(CenterClock.ZONE_PROPERTY, "Asia/Urumqi");
        assertEquals(ZoneId.of("Asia/Urumqi"), CenterClock.of(ACROSS_MIDNIGHT, null, null).zone());
        // a logged-in user's own zone wins over the center's
        assertEquals(ZoneId.of("UTC"), CenterClock.of(ACROSS_MIDNIGHT, "u1", TimeZone.getTimeZone("UTC")).zone());
        assertNotNull(CenterClock.of(null, null, null).now(), "no effective time: the current instant");
    }

    @Test
    void aMisspelledCenterZoneIsAConfigurationErrorSaidPlainly() {
        assertEquals(SHANGHAI, CenterClock.centerZone(" "));
        assertEquals(SHANGHAI, CenterClock.centerZone(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CenterClock.centerZone("Asia/Shangai"));
        assertTrue(e.getMessage().contains("hpf_time_zone") && e.getMessage().contains("Asia/Shangai"), e.getMessage());
    }
}
