package com.loungedesk.api.loungedesk;

import com.loungedesk.api.Backend;
import com.loungedesk.api.BackendType;
import com.loungedesk.api.HttpGateway;
import com.loungedesk.api.OctoRedemptionClient;
import com.loungedesk.api.OrdersClient;
import com.loungedesk.api.PushEventsClient;

/** Every capability of a LoungeDesk backend, over one gateway. */
public final class LoungeDeskBackend {

    private LoungeDeskBackend() {
    }

    public static Backend over(HttpGateway gateway) {
        OrdersClient orders = new OrdersClient(gateway);
        return new Backend(BackendType.LOUNGEDESK, new LoungeDeskRedemption(new OctoRedemptionClient(gateway)),
                new LoungeDeskUndo(orders), orders, new PushEventsClient(gateway),
                "LoungeDesk backend at " + gateway.base() + " (OCTO redemption, the /orders feed, pushes)");
    }
}
