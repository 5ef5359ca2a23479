package com.loungedesk.ui.port;

import java.time.LocalDate;

/**
 * The fields of a boarding pass the desk checks next to a booking.
 *
 * @param passengerName as printed in the pass, e.g. "SMITH/JOHN MR"
 * @param flight        carrier and number, e.g. "BA 117"
 * @param from          departure airport code
 * @param to            arrival airport code
 * @param flightDate    the date of the flight
 * @param seat          the seat, may be empty
 */
public record BoardingPass(String passengerName, String flight, String from, String to, LocalDate flightDate,
                           String seat) {
    public BoardingPass {
        passengerName = passengerName == null ? "" : passengerName.trim();
        flight = flight == null ? "" : flight.trim();
        from = from == null ? "" : from.trim();
        to = to == null ? "" : to.trim();
        seat = seat == null ? "" : seat.trim();
    }
}
