package io.assay.edge.clients;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A date that comes back every year: a birthday, an anniversary, an engagement, or one the client names.
 *
 * @param label    what a custom milestone is ("first date"); null for the others
 * @param leadDays how many days ahead the associate wants to be reminded
 */
public record Milestone(String kind, String label, LocalDate date, int leadDays) {

    public static final int DEFAULT_LEAD_DAYS = 14;

    /** The next time it comes round on or after {@code today}; 29 February falls on 28 February in other years. */
    public LocalDate nextOn(LocalDate today) {
        MonthDay day = MonthDay.from(date);
        LocalDate thisYear = day.isValidYear(today.getYear()) ? day.atYear(today.getYear()) : LocalDate.of(today.getYear(), 2, 28);
        if (!thisYear.isBefore(today)) {
            return thisYear;
        }
        int next = today.getYear() + 1;
        return day.isValidYear(next) ? day.atYear(next) : LocalDate.of(next, 2, 28);
    }
}
