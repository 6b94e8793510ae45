package fi.alke.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.alke.documents.model.Ministry;
import fi.alke.documents.model.Names;
import fi.alke.documents.model.Organisation;
import fi.alke.documents.model.Party;
import fi.alke.documents.model.Region;
import fi.alke.documents.model.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The party part of a form's file name ({@link FollowUpCommand#fileNames}) is safe for any party's code. */
class FollowUpFileNamesTest {
    private static Party organisation(String code) {
        return Party.of(new Organisation(code, new Names("Nimi " + code, null, null), null, Side.REGIONS));
    }

    @Test
    void everyPartyGetsAFileNameOfItsOwnMadeOfSafeCharacters() {
        String longCode = "hyvin-pitka-" + "a".repeat(80) + "-loppu";
        List<Party> parties = List.of(Party.government(), Party.of(Ministry.TEM), Party.of(Region.KESKI_SUOMI),
                organisation("Åbo_Akademi"), organisation("abo-akademi"), organisation("ABO--AKADEMI"),
                organisation("ministry-tem"), organisation(longCode), organisation(longCode + "-toinen"));
        List<String> names = new ArrayList<>(FollowUpCommand.fileNames(parties).values());
        String cut = ("hyvin-pitka-" + "a".repeat(80)).substring(0, 60);
        assertEquals(List.of("vn", "ministry-tem", "region-13", "abo-akademi", "abo-akademi-2", "abo-akademi-3",
                "ministry-tem-2", cut, cut + "-2"), names);
        names.forEach(name -> assertEquals(true, name.matches("[a-z0-9]+(-[a-z0-9]+)*") && name.length() <= 62,
                name));
    }
}
