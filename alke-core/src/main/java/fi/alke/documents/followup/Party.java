package fi.alke.documents.followup;

import fi.alke.documents.model.Action;
import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Region;
import java.util.Objects;

/**
 * A responsible party that fills in a follow-up form: a region (the regions' side of the progress) or a
 * ministry (the state's side).
 */
public sealed interface Party {
    /** The party of a region. */
    static Party of(Region region) {
        return new OfRegion(region);
    }

    /** The party of a ministry. */
    static Party of(Ministry ministry) {
        return new OfMinistry(ministry);
    }

    /** Whether the party shares responsibility for the action. */
    boolean responsibleFor(Action action);

    /** Whether the party reports the state's side (a ministry) rather than the regions' side (a region). */
    boolean stateSide();

    /** The party's name in a language ({@code fi}, {@code sv}, {@code en}), for the form's title and notes. */
    String name(String language);

    /** A stable code stored in the form, e.g. {@code region:12} or {@code ministry:TEM}. */
    String code();

    /**
     * The party of a code written by {@link #code()}.
     *
     * @throws IllegalArgumentException if the code names no region or ministry
     */
    static Party ofCode(String code) {
        if (code.startsWith("region:")) {
            return of(Region.ofCode(code.substring("region:".length())));
        }
        if (code.startsWith("ministry:")) {
            return of(Ministry.ofAbbreviation(code.substring("ministry:".length())));
        }
        throw new IllegalArgumentException("'" + code + "' names no region or ministry");
    }

    /**
     * A region as a party.
     *
     * @param region the region; required
     */
    record OfRegion(Region region) implements Party {
        /** Checks the region is given. */
        public OfRegion {
            Objects.requireNonNull(region, "region");
        }

        @Override
        public boolean responsibleFor(Action action) {
            return action.regions().contains(region);
        }

        @Override
        public boolean stateSide() {
            return false;
        }

        @Override
        public String name(String language) {
            return region.name(language);
        }

        @Override
        public String code() {
            return "region:" + region.code();
        }
    }

    /**
     * A ministry as a party.
     *
     * @param ministry the ministry; required
     */
    record OfMinistry(Ministry ministry) implements Party {
        /** Checks the ministry is given. */
        public OfMinistry {
            Objects.requireNonNull(ministry, "ministry");
        }

        @Override
        public boolean responsibleFor(Action action) {
            return action.ministries().contains(ministry);
        }

        @Override
        public boolean stateSide() {
            return true;
        }

        @Override
        public String name(String language) {
            // the abbreviation is what the ministries call themselves in the tables
            return ministry.abbreviation();
        }

        @Override
        public String code() {
            return "ministry:" + ministry.abbreviation();
        }
    }
}
