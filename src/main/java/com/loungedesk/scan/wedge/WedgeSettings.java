package com.loungedesk.scan.wedge;

/**
 * Timing that separates a scanner from a person.
 *
 * @param maxGapMillis  longest pause between two keystrokes of one scan (scanners: a few ms; people: 80+ ms)
 * @param minLength     fewest characters a scan has
 * @param maxAverageGapMillis the average pause of a scan must be below this
 */
public record WedgeSettings(long maxGapMillis, int minLength, double maxAverageGapMillis) {
    public WedgeSettings {
        if (maxGapMillis < 1 || minLength < 2 || maxAverageGapMillis <= 0 || maxAverageGapMillis > maxGapMillis) {
            throw new IllegalArgumentException("wedge timing out of range: gap " + maxGapMillis + " ms, length "
                    + minLength + ", average " + maxAverageGapMillis + " ms");
        }
    }

    public static WedgeSettings defaults() {
        return new WedgeSettings(40, 4, 25);
    }
}
