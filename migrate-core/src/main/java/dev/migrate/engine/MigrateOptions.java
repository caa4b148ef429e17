package dev.migrate.engine;

import org.jspecify.annotations.Nullable;

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
 * @param prune after the run, remove the history rows of migrations whose files are gone and that an
 *        applied squashed migration replaces (Django's {@code migrate --prune})
 */
public record MigrateOptions(@Nullable String target, boolean backwardsAllowed, boolean dataLossAllowed, boolean fake,
        boolean fakeInitial, boolean prune) {

    public MigrateOptions {
        target = target == null || target.isBlank() ? null : target.strip();
    }

    public MigrateOptions(@Nullable String target, boolean backwardsAllowed, boolean dataLossAllowed, boolean fake,
            boolean fakeInitial) {
        this(target, backwardsAllowed, dataLossAllowed, fake, fakeInitial, false);
    }

    public MigrateOptions withPrune(boolean prune) {
        return new MigrateOptions(target, backwardsAllowed, dataLossAllowed, fake, fakeInitial, prune);
    }

    /** Forwards only, as at start-up. */
    public static MigrateOptions forwards(@Nullable String target) {
        return new MigrateOptions(target, false, false, false, false);
    }

    public MigrateOptions withBackwardsAllowed(boolean allowed) {
        return new MigrateOptions(target, allowed, dataLossAllowed, fake, fakeInitial, prune);
    }

    public MigrateOptions withDataLossAllowed(boolean allowed) {
        return new MigrateOptions(target, backwardsAllowed, allowed, fake, fakeInitial, prune);
    }

    public MigrateOptions withFake(boolean fake) {
        return new MigrateOptions(target, backwardsAllowed, dataLossAllowed, fake, fakeInitial, prune);
    }

    public MigrateOptions withFakeInitial(boolean fakeInitial) {
        return new MigrateOptions(target, backwardsAllowed, dataLossAllowed, fake, fakeInitial, prune);
    }
}
