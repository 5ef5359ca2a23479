package com.loungedesk.sandbox;

import java.util.List;

/**
 * The demo bookings a plain OCTO supplier sandbox ({@code sandbox --type octo}) seeds on first start
 * and restores on {@code POST /sandbox/reset}. All are on the sandbox's local date (today) unless
 * named otherwise; a later start moves them to its own today. A booking's code is its
 * {@code supplierReference} and its voucher's QR code; unit item {@code n} (from 1) has the ticket
 * code {@code <booking code>-<n>}.
 */
public final class OctoDemoBookings {

    /** Family: 2 ADULT + 1 CHILD, confirmed, reseller reference {@link #FAMILY_RESELLER_REFERENCE}. */
    public static final String FAMILY = "OCTO-FAMILY-2A1C";
    public static final List<String> FAMILY_TICKETS = List.of(FAMILY + "-1", FAMILY + "-2", FAMILY + "-3");
    public static final String FAMILY_RESELLER_REFERENCE = "RES-FAM-1001";
    /** One ADULT, confirmed, product {@link #FAST_TRACK_PRODUCT}. */
    public static final String SOLO = "OCTO-SOLO-1A";
    /** 2 ADULT, already REDEEMED this morning (an hour before the seed). */
    public static final String USED = "OCTO-USED-2A";
    public static final String CANCELLED = "OCTO-CANCELLED-1A";
    /** Status NOSHOW: a status outside the core OCTO list (Ventrata has it), never redeemable. */
    public static final String NOSHOW = "OCTO-NOSHOW-1A";
    public static final String PENDING = "OCTO-PENDING-1A";
    /** A package reference that answers two bookings: A (ADULT + INFANT) and B (ADULT). */
    public static final String PACKAGE = "OCTO-PKG-DUO";
    public static final List<String> PACKAGE_BOOKINGS = List.of(PACKAGE + "-A", PACKAGE + "-B");
    public static final String PACKAGE_RESELLER_REFERENCE = "RES-PKG-2001";
    /** One ADULT, yesterday, REDEEMED yesterday: shows the date filters at work. */
    public static final String YESTERDAY = "OCTO-YESTERDAY-1A";
    /** One ADULT of the second supplier key. */
    public static final String PARTNER = "OCTO-PARTNER-1A";

    public static final String LOUNGE_PRODUCT = "LOUNGE-DAY-ENTRY";
    public static final String FAST_TRACK_PRODUCT = "FASTTRACK-ENTRY";
    public static final String DEFAULT_OPTION = "DEFAULT";
    public static final String FAMILY_OPTION = "FAMILY";

    public static final List<DemoPasses.DemoPass> ALL = List.of(
            new DemoPasses.DemoPass(FAMILY, "BOOKING", 1, "Family: 2 ADULT + 1 CHILD; each ticket also redeems alone"),
            new DemoPasses.DemoPass(SOLO, "BOOKING", 1, "One ADULT (Fast Track product)"),
            new DemoPasses.DemoPass(USED, "BOOKING", 1, "2 ADULT, already REDEEMED this morning"),
            new DemoPasses.DemoPass(CANCELLED, "BOOKING", 1, "CANCELLED"),
            new DemoPasses.DemoPass(NOSHOW, "BOOKING", 1, "Status NOSHOW (not in core OCTO)"),
            new DemoPasses.DemoPass(PENDING, "BOOKING", 1, "PENDING: not confirmed yet"),
            new DemoPasses.DemoPass(PACKAGE, "PACKAGE", 1, "Package: answers bookings -A (ADULT + INFANT) and -B (ADULT)"),
            new DemoPasses.DemoPass(YESTERDAY, "BOOKING", 1, "Yesterday's booking, REDEEMED yesterday"),
            new DemoPasses.DemoPass(PARTNER, "BOOKING", 2, "One ADULT of the second supplier key"));

    private OctoDemoBookings() {
    }
}
