package fi.alke.documents.docx;

import static fi.alke.documents.docx.Wml.FACTORY;
import static fi.alke.documents.docx.Wml.on;

import fi.alke.documents.style.PageStyle;
import java.math.BigInteger;
import java.util.List;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.P;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;

/**
 * Section properties: page size, margins and headers. The first section has a distinct, empty
 * first-page header because page one carries the metadata block in its body; every portrait section
 * refers to the same default header and every landscape section to the landscape one, so the running
 * header continues across sections. Not
 * thread-safe: one per rendering.
 */
final class Sections {
    private final PageStyle page;
    private final String firstHeaderId;
    private final String defaultHeaderId;
    private final String landscapeHeaderId;
    private boolean first = true;

    Sections(PageStyle page, String firstHeaderId, String defaultHeaderId, String landscapeHeaderId) {
        this.page = page;
        this.firstHeaderId = firstHeaderId;
        this.defaultHeaderId = defaultHeaderId;
        this.landscapeHeaderId = landscapeHeaderId;
    }

    /** The properties of the next section in document order. */
    SectPr next(boolean landscape) {
        SectPr sectPr = FACTORY.createSectPr();
        sectPr.getEGHdrFtrReferences().add(header(HdrFtrRef.DEFAULT, landscape ? landscapeHeaderId : defaultHeaderId));
        if (first) {
            sectPr.getEGHdrFtrReferences().add(header(HdrFtrRef.FIRST, firstHeaderId));
            sectPr.setTitlePg(on());
            first = false;
        }
        SectPr.PgSz size = FACTORY.createSectPrPgSz();
        size.setW(Units.twipsOf(page.width(landscape)));
        size.setH(Units.twipsOf(page.height(landscape)));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        sectPr.setPgSz(size);
        sectPr.setPgMar(margins());
        return sectPr;
    }

    /**
     * Ends a section inside the body: WordprocessingML keeps a section's properties in its last
     * paragraph. When the section ends with a table, or its last paragraph already ends the section
     * before (which must keep its own properties), a one-point empty paragraph carries them, too
     * small to push anything onto a page of its own.
     */
    static void end(List<Object> body, SectPr sectPr) {
        P last = body.isEmpty() ? null : body.get(body.size() - 1) instanceof P p ? p : null;
        if (last == null || last.getPPr().getSectPr() != null) {
            last = Wml.spacer(1);
            body.add(last);
        }
        last.getPPr().setSectPr(sectPr);
    }

    /**
     * Whether the body ends right after a section break, with nothing written since: then a new
     * section starts there without ending another one first, as between two landscape sections in a
     * row, which would otherwise get an empty portrait section (and a blank page) between them.
     */
    static boolean atSectionStart(List<Object> body) {
        return !body.isEmpty() && body.get(body.size() - 1) instanceof P last && last.getPPr() != null
                && last.getPPr().getSectPr() != null;
    }

    /** Takes the section properties back out of the body's last paragraph, to make them the body's own. */
    static SectPr detachLast(List<Object> body) {
        P last = (P) body.get(body.size() - 1);
        SectPr sectPr = last.getPPr().getSectPr();
        last.getPPr().setSectPr(null);
        return sectPr;
    }

    /** Top margin is where the body starts on every page; the header sits above it. */
    private SectPr.PgMar margins() {
        SectPr.PgMar margins = FACTORY.createSectPrPgMar();
        margins.setTop(Units.twipsOf(page.bodyTop()));
        margins.setRight(Units.twipsOf(page.marginRight()));
        margins.setBottom(Units.twipsOf(page.marginBottom()));
        margins.setLeft(Units.twipsOf(page.marginLeft()));
        margins.setHeader(Units.twipsOf(page.headerTop()));
        margins.setFooter(Units.twipsOf(page.headerTop())); // no footer: mirror the header distance
        margins.setGutter(BigInteger.ZERO);
        return margins;
    }

    private static HeaderReference header(HdrFtrRef type, String relationshipId) {
        HeaderReference reference = FACTORY.createHeaderReference();
        reference.setType(type);
        reference.setId(relationshipId);
        return reference;
    }
}
