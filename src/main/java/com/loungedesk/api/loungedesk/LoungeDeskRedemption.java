package com.loungedesk.api.loungedesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.loungedesk.api.AnswerMapper;
import com.loungedesk.api.ApiException;
import com.loungedesk.api.LookupItem;
import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.api.PassRedemption;
import com.loungedesk.api.RedeemRequest;
import java.util.List;

/**
 * Redemption on a LoungeDesk backend: OCTO redemption at {@code octo/redemption} with the contract's
 * extras — {@code guests} and {@code notes} in the body, the usage {@code orderId} in the answer, the
 * {@code pass} object, and the Idempotency-Key that makes a resend answer the first result again.
 * Validate answers {@code {valid, reason, booking}}.
 */
public final class LoungeDeskRedemption implements PassRedemption {

    private final OctoRedemptionClient octo;

    public LoungeDeskRedemption(OctoRedemptionClient octo) {
        this.octo = octo;
    }

    @Override
    public String credentials(String reference, List<String> apiKeys) throws ApiException {
        return octo.credentials(reference, apiKeys);
    }

    @Override
    public List<LookupItem> lookup(String apiKey, String reference) throws ApiException {
        return octo.lookup(apiKey, reference);
    }

    @Override
    public Redeemed redeem(String apiKey, RedeemRequest request) throws ApiException {
        List<LookupItem> items = octo.redeem(apiKey, request.codes(), request.guests(), request.notes(),
                request.idempotencyKey());
        return new Redeemed(items, items.get(0).orderId(), false);
    }

    @Override
    public Validated validate(String apiKey, RedeemRequest request) throws ApiException {
        JsonNode answer = octo.validate(apiKey, request.codes().get(0), request.idempotencyKey());
        if (!answer.isObject() || !answer.path("valid").isBoolean()) {
            throw AnswerMapper.badResponse(200, null);
        }
        LookupItem booking = answer.hasNonNull("booking") ? octo.convert(answer.get("booking"), LookupItem.class) : null;
        if (answer.get("valid").asBoolean()) {
            return new Validated(true, "", "", booking, booking == null ? null : booking.orderId());
        }
        String code = booking == null || booking.unredeemableReasonCode() == null ? "UNPROCESSABLE_ENTITY"
                : booking.unredeemableReasonCode();
        String reason = answer.path("reason").isTextual() ? answer.get("reason").asText() : "The pass is not valid.";
        return new Validated(false, reason, code, booking, null);
    }

    @Override
    public boolean admitsGuests() {
        return true;
    }

    @Override
    public boolean offersValidate() {
        return true;
    }
}
