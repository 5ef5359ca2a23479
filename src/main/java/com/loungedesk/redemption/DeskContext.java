package com.loungedesk.redemption;

import java.util.Objects;

/**
 * Who acts, and where: recorded with every journal entry and sent with cancels.
 *
 * @param deskId       the desk (terminal) id from settings
 * @param operatorId   the signed-in operator's id
 * @param operatorName the operator's display name
 */
public record DeskContext(String deskId, String operatorId, String operatorName) {
    public DeskContext {
        Objects.requireNonNull(deskId, "deskId");
        Objects.requireNonNull(operatorId, "operatorId");
        operatorName = operatorName == null ? operatorId : operatorName;
    }
}
