package com.loungedesk.sandbox;

import java.util.List;

/**
 * The demo data the sandbox seeds on first start and restores on {@code POST /sandbox/reset}.
 * Supplier 1 is the first configured API key ({@link #DEMO_KEY} by default), supplier 2 the second
 * ({@link #PARTNER_KEY}). The barcode value of every demo pass is its reference.
 */
public final class DemoPasses {

    /** One seeded pass: what to scan, which supplier owns it, and what a desk will see. */
    public record DemoPass(String reference, String kind, int supplier, String description) {
    }

    public static final String DEMO_KEY = "demo-key";
    public static final String PARTNER_KEY = "demo-key-partner";
    public static final List<String> DEMO_KEYS = List.of(DEMO_KEY, PARTNER_KEY);

    /** DragonPass-style e-pass: 3 walk-in visits, up to 2 guests each visit. */
    public static final String WALKIN_EPASS = "8888000066668888";
    /** A package of 3 lounge bookings (one per traveller); each code redeems once. */
    public static final String PACKAGE = "PKG-FAM3-7421";
    public static final List<String> PACKAGE_CODES = List.of("PKG-FAM3-7421-1", "PKG-FAM3-7421-2", "PKG-FAM3-7421-3");
    /** An e-pass whose 2 visits are both used (two old walk-in orders, past their cancel window). */
    public static final String SPENT_EPASS = "8888000066660002";
    public static final List<String> SPENT_EPASS_ORDERS = List.of("DP00000000000001", "DP00000000000002");
    /** An e-pass with visits left but past its validity. */
    public static final String EXPIRED_EPASS = "8888000066660003";
    /** Fast Track prebookings, one per interesting order status. */
    public static final String PREBOOKING_PENDING = "FT-PB-5001";
    public static final String PREBOOKING_PENDING_ORDER = "DP00000000000011";
    public static final String PREBOOKING_CONFIRMED = "FT-PB-1001";
    public static final String PREBOOKING_CONFIRMED_ORDER = "DP00000000000012";
    public static final String PREBOOKING_FAILED = "FT-PB-1010";
    public static final String PREBOOKING_FAILED_ORDER = "DP00000000000013";
    /** An e-pass of the second supplier key: 5 visits, 1 guest. */
    public static final String PARTNER_EPASS = "7777000022220001";

    public static final List<DemoPass> ALL = List.of(
            new DemoPass(WALKIN_EPASS, "EPASS", 1, "Walk-in e-pass: 3 visits, up to 2 guests"),
            new DemoPass(PACKAGE, "BOOKING", 1, "Package of 3 lounge bookings: pick who enters"),
            new DemoPass(SPENT_EPASS, "EPASS", 1, "Spent e-pass: no visits left (already used twice)"),
            new DemoPass(EXPIRED_EPASS, "EPASS", 1, "Expired e-pass: validity ended yesterday"),
            new DemoPass(PREBOOKING_PENDING, "PREBOOKING", 1, "Fast Track prebooking still Pending: not usable yet"),
            new DemoPass(PREBOOKING_CONFIRMED, "PREBOOKING", 1, "Fast Track prebooking Confirmed: ready to use"),
            new DemoPass(PREBOOKING_FAILED, "PREBOOKING", 1, "Fast Track prebooking Failed: cannot be used"),
            new DemoPass(PARTNER_EPASS, "EPASS", 2, "Partner supplier's e-pass (second API key): 5 visits, 1 guest"));

    private DemoPasses() {
    }
}
