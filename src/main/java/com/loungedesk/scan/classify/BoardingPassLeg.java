package com.loungedesk.scan.classify;

/**
 * The mandatory items of one flight leg of an IATA BCBP (Resolution 792), trimmed.
 *
 * @param pnr             booking reference (PNR code)
 * @param from            IATA code of the departure airport
 * @param to              IATA code of the arrival airport
 * @param carrier         operating carrier designator
 * @param flightNumber    flight number with optional suffix, leading zeros kept as printed
 * @param julianDate      date of flight as day of the year, 1..366
 * @param compartment     compartment code (F, J, Y, ...)
 * @param seat            seat number, e.g. 001A (may be empty or INF / STBY)
 * @param sequence        check-in sequence number
 * @param passengerStatus passenger status code
 */
public record BoardingPassLeg(String pnr, String from, String to, String carrier, String flightNumber,
                              int julianDate, char compartment, String seat, String sequence,
                              char passengerStatus) {
}
