package com.loungedesk.ui.port;

/**
 * One operator's line in the shift summary.
 *
 * @param operatorName the name the operator signed in with, or empty when the desk does not know it
 * @param followUps    offline admissions of this operator the backend refused later
 */
public record OperatorTotals(String operatorId, String operatorName, int redeemed, int guests, int cancelled,
                             int failedScans, int followUps) {
    public OperatorTotals {
        operatorName = operatorName == null ? "" : operatorName.strip();
    }

    /** "Anna Kowalska (anna.k)", or just the id when the name is not known. */
    public String label() {
        return operatorName.isEmpty() || operatorName.equals(operatorId) ? operatorId
                : operatorName + " (" + operatorId + ")";
    }

    public OperatorTotals withName(String name) {
        return new OperatorTotals(operatorId, name, redeemed, guests, cancelled, failedScans, followUps);
    }
}
