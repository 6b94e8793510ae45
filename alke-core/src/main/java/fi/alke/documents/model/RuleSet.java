package fi.alke.documents.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The rules of one round of discussions. They change from year to year, so they are written in the
 * round's input (a {@code rules:} block, see below), not in code; {@link Rules#check} checks a round's
 * decisions and agendas against them. Every limit is optional: {@code null} means the round does not
 * limit it and nothing is checked.
 *
 * <pre>
 * rules:
 *   maxDiscussionsPerRegion: 1
 *   maxThemesPerDiscussion: 1
 *   minRegionsPerJointDiscussion: 4
 *   maxTopicAreas: 2
 *   agendaLeadDays: 14
 *   maxParticipantsPerRegionAndTheme: 4
 *   maxParticipantsPerMinistryAndTheme: 2
 * </pre>
 *
 * An unknown name in the block is an error when read with Jackson's defaults, so that a misspelt rule
 * is not silently left unchecked.
 *
 * @param maxDiscussionsPerRegion          how many discussions of the round a region may take part in,
 *                                         counted over all decisions and agendas (a decision and the agenda
 *                                         of the same discussion count once)
 * @param maxThemesPerDiscussion           how many themes one discussion (a decision or an agenda) may have
 * @param minRegionsPerJointDiscussion     how many regions a joint discussion needs at least; a round that
 *                                         sets it holds joint discussions only, so every decision and agenda
 *                                         is checked
 * @param maxTopicAreas                    how many topic areas an agenda may have
 * @param agendaLeadDays                   how many days before the discussion's start the agenda must be
 *                                         ready at the latest; the agenda's {@code meta.date} is the day it
 *                                         is ready
 * @param maxParticipantsPerRegionAndTheme  how many people from one region may take part in a discussion
 *                                         (one agenda, one theme), counted over the region's participant
 *                                         groups
 * @param maxParticipantsPerMinistryAndTheme how many people from one ministry may take part in a discussion,
 *                                         counted over the ministry's participant groups
 */
@RecordBuilder
public record RuleSet(Integer maxDiscussionsPerRegion, Integer maxThemesPerDiscussion,
                      Integer minRegionsPerJointDiscussion, Integer maxTopicAreas, Integer agendaLeadDays,
                      Integer maxParticipantsPerRegionAndTheme, Integer maxParticipantsPerMinistryAndTheme) {
    /** No rules: nothing is checked. */
    public static final RuleSet NONE = new RuleSet(null, null, null, null, null, null, null);

    /** Checks that no limit is negative. */
    public RuleSet {
        notNegative("maxDiscussionsPerRegion", maxDiscussionsPerRegion);
        notNegative("maxThemesPerDiscussion", maxThemesPerDiscussion);
        notNegative("minRegionsPerJointDiscussion", minRegionsPerJointDiscussion);
        notNegative("maxTopicAreas", maxTopicAreas);
        notNegative("agendaLeadDays", agendaLeadDays);
        notNegative("maxParticipantsPerRegionAndTheme", maxParticipantsPerRegionAndTheme);
        notNegative("maxParticipantsPerMinistryAndTheme", maxParticipantsPerMinistryAndTheme);
    }

    /** A builder, for rules set in Java. */
    public static RuleSetBuilder builder() {
        return RuleSetBuilder.builder();
    }

    private static void notNegative(String name, Integer limit) {
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + limit);
        }
    }
}
