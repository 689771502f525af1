package org.untoc.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HumanDatesTest {
    @Test
    void writesDatesOutAndLeavesTheRestAlone() {
        assertEquals("18 October 2006", HumanDates.of("2006-10-18"));
        assertEquals("1 March 2021", HumanDates.of("2021-03-01"));
        assertEquals("October 2006", HumanDates.of("2006-10"));
        assertEquals("2006", HumanDates.of("2006"));
        assertEquals("2006-02-30", HumanDates.of("2006-02-30"), "not a real day: shown as stated");
        assertEquals("11/1", HumanDates.of("11/1"));
        assertTrue(HumanDates.isDate("2006-10-18"));
        assertFalse(HumanDates.isDate("3/2"));
    }
}
