package dev.migrate.engine;

/**
 * How a {@code migrate} run goes.
 *
 * @param target the last migration to have applied: null for all, an id, or {@code zero} for none;
 *        a target older than the applied state unapplies the later migrations
 * @param backwardsAllowed whether the run may unapply migrations (a command may, the start-up never)
 * @param dataLossAllowed whether undoing a drop may recreate the table or column empty
 * @param fake record the migrations as applied (or unapplied) without running their SQL
 * @param fakeInitial record an initial migration as applied without running it when every table it
 *        creates already exists in the database exactly as it would create it
 */
public record MigrateOptions(String target, boolean backwardsAllowed, boolean dataLossAllowed, boolean fake,
        boolean fakeInitial) {

    public MigrateOptions {
        target = target == null || target.isBlank() ? null : target.strip();
    }

    /** Forwards only, as at start-up. */
    public static MigrateOptions forwards(String target) {
        return new MigrateOptions(target, false, false, false, false);
    }

    public MigrateOptions withBackwardsAllowed(boolean allowed) {
        return new MigrateOptions(target, allowed, dataLossAllowed, fake, fakeInitial);
    }

    public MigrateOptions withDataLossAllowed(boolean allowed) {
        return new MigrateOptions(target, backwardsAllowed, allowed, fake, fakeInitial);
    }

    public MigrateOptions withFake(boolean fake) {
        return new MigrateOptions(target, backwardsAllowed, dataLossAllowed, fake, fakeInitial);
    }

    public MigrateOptions withFakeInitial(boolean fakeInitial) {
        return new MigrateOptions(target, backwardsAllowed, dataLossAllowed, fake, fakeInitial);
    }
}
