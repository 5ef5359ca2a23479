package com.loungedesk.sandbox;

/** The sandbox's parts, wired by constructors: database, stores, rules and use cases. */
final class SandboxServices implements AutoCloseable {

    final Database db;
    final Accounts accounts;
    final PassStore passes = new PassStore();
    final OrderStore orders = new OrderStore();
    final OrderLifecycle lifecycle;
    final PassLookup lookup;
    final Redemptions redemptions;
    final Idempotency idempotency = new Idempotency();
    final Seeder seeder;
    final PassCreator creator;
    final Outbox outbox = new Outbox();
    final SigningKeys signingKeys;
    final PushDispatcher dispatcher;
    final OctoBookingStore octoBookings = new OctoBookingStore();
    final OctoRedemptions octo;
    final OctoSeeder octoSeeder = new OctoSeeder(octoBookings);

    SandboxServices(SandboxConfig config) {
        this.db = new Database(config.database());
        this.accounts = new Accounts(config.apiKeys());
        this.lifecycle = new OrderLifecycle(orders, passes);
        this.lookup = new PassLookup(passes, orders, accounts);
        this.redemptions = new Redemptions(passes, orders, lifecycle, lookup);
        this.seeder = new Seeder(passes, orders);
        this.creator = new PassCreator(passes, orders);
        db.tx(seeder::seedOnce);
        this.octo = new OctoRedemptions(octoBookings, accounts);
        if (config.type() == SandboxType.OCTO) {
            db.tx(c -> {
                octoSeeder.seedOnce(c);
                return null;
            });
        }
        this.signingKeys = new SigningKeys(db, config.push().publicKeysDir());
        this.dispatcher = new PushDispatcher(db, outbox,
                new PushSigner(signingKeys, config.push().tokenLifetime(), config.push().style()), config.push());
    }

    @Override
    public void close() {
        try {
            dispatcher.close();
        } finally {
            db.close();
        }
    }
}
