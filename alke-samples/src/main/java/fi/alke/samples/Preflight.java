package fi.alke.samples;

import fi.alke.documents.api.AlkeDocuments;
import fi.alke.documents.input.InputFile;
import fi.alke.documents.internal.ImageProbe;
import fi.alke.documents.markup.MarkupException;
import fi.alke.documents.markup.ResourceLoader;
import fi.alke.documents.model.AlkeDocument;
import fi.alke.documents.model.LetterheadProfile;
import fi.alke.documents.markup.MarkupParser;
import fi.alke.documents.model.ProfileException;
import fi.alke.documents.template.TemplateRenderException;
import fi.alke.documents.tree.Document;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The way from an input that has been read to its document tree, with every problem on it: the sender's
 * letterhead profile (stock, or the author's {@code letterheads/<name>.yaml}) and its logo, the template,
 * the markup it writes and the images the markup names. {@code alke validate} goes all the way without
 * writing anything; {@code alke render} renders the tree when there is no problem.
 *
 * <p>A problem is named where it can be fixed: a sender without a profile at the input's {@code sender}
 * line, a logo that does not load at the profile's {@code logo} line (not in the markup the template
 * wrote). After a problem the way goes on with a stand-in (a profile without a logo, a blank logo), so
 * that the template and the markup are checked too. Safe to share between threads.
 */
final class Preflight {
    private final AlkeDocuments documents;
    /** The profiles found so far, by the name a sender gives: each is read and checked once. */
    private final Map<String, Sender> senders = new ConcurrentHashMap<>();

    /**
     * A letterhead profile as the checks found it.
     *
     * @param profile    the profile, or {@code null} when there is none to use
     * @param notFound   why the sender's name has no profile, said at the input's {@code sender}; or {@code null}
     * @param problems   the problems of the profile's own file
     * @param logoBroken the profile is fine but its logo does not load
     */
    private record Sender(LetterheadProfile profile, String notFound, List<String> problems, boolean logoBroken) {
    }

    /**
     * Where an input got to.
     *
     * @param tree     the document tree, or {@code null} when there are problems
     * @param problems every problem found, each a line that names its file (a continuation is indented)
     */
    record Result(Document tree, List<String> problems) {
    }

    Preflight(AlkeDocuments documents) {
        this.documents = documents;
    }

    /**
     * The document's tree, or every problem on the way to it.
     *
     * @param file     the input as the user named it
     * @param input    the input as read, for the lines of its fields
     * @param document the document to render: the input's own, or one changed from it (e.g. its language)
     */
    Result tree(Path file, InputFile input, AlkeDocument document) {
        List<String> problems = new ArrayList<>();
        Sender sender = senders.computeIfAbsent(document.sender(), this::sender);
        if (sender.notFound() != null) {
            problems.add(Problems.at(file.toString(), input.line("sender"), input.column("sender"), "sender",
                    sender.notFound()));
        }
        problems.addAll(sender.problems());
        LetterheadProfile letterhead = sender.profile() != null ? sender.profile() : standIn(document.sender());
        String markup;
        try {
            markup = documents.markup(document, letterhead);
        } catch (TemplateRenderException e) {
            problems.add(Problems.template(e));
            return new Result(null, problems);
        }
        ResourceLoader images = documents.images();
        if (sender.logoBroken()) {
            // reported at the profile; a blank in its place lets the markup's own images be checked
            String logo = letterhead.logo();
            ResourceLoader real = images;
            images = src -> src.equals(logo) ? Blank.PNG : real.load(src);
        }
        try {
            // the parser's line numbers are the markup's; atTemplates places them at the templates' lines
            Document tree = new MarkupParser(images).parse(file + " (markup from " + document.kind() + ".ftlx)", markup);
            return new Result(problems.isEmpty() ? tree : null, problems);
        } catch (MarkupException e) {
            documents.atTemplates(e, document, letterhead).problems().forEach(problem -> problems.add(problem.toString()));
            return new Result(null, problems);
        }
    }

    private Sender sender(String name) {
        String unknown = documents.unknownSender(name);
        if (unknown != null) {
            return new Sender(null, unknown, List.of(), false);
        }
        Path own = documents.ownLetterhead(name);
        LetterheadProfile profile;
        String where;
        FieldLines lines;
        if (own != null && Files.isRegularFile(own)) {
            where = own.toString();
            lines = FieldLines.of(own);
            try {
                profile = LetterheadProfile.load(own);
            } catch (ProfileException e) {
                return new Sender(null, null, List.of(Problems.at(where, lines.line(e.field()),
                        lines.column(e.field()), e.field(), Problems.plain(e.reason()))), false);
            }
        } else { // a stock profile: unknownSender found the author's or a stock one
            where = "the stock letterhead profile " + name;
            lines = null;
            try {
                profile = LetterheadProfile.load(name);
            } catch (ProfileException e) { // the stock profiles are checked by their tests
                throw new IllegalStateException("the stock letterhead profile " + name + " is broken: "
                        + e.getMessage(), e);
            }
        }
        String logo = profile.logo() == null ? null : logoProblem(profile.logo());
        if (logo == null) {
            return new Sender(profile, null, List.of(), false);
        }
        return new Sender(profile, null, List.of(Problems.at(where, lines == null ? -1 : lines.line("logo"),
                lines == null ? -1 : lines.column("logo"), "logo", logo)), true);
    }

    /** Why the logo cannot be printed, or {@code null} when it can: it loads as the markup parser loads it. */
    private String logoProblem(String src) {
        byte[] data;
        try {
            data = documents.images().load(src);
        } catch (IOException e) {
            return "cannot load image '" + src + "': " + e.getMessage();
        }
        try {
            ImageProbe.image(data, 1, "image"); // as the markup parser reads an img
            return null;
        } catch (IOException | RuntimeException e) {
            return "image '" + src + "': " + (e.getMessage() == null ? "cannot be read" : e.getMessage());
        }
    }

    /** A profile without a logo, standing in for one that cannot be used. */
    private static LetterheadProfile standIn(String sender) {
        String name = sender == null || sender.isBlank() ? "?" : sender;
        return new LetterheadProfile(Map.of("fi", name), null, null, null, null, null, null, null, null);
    }

    /** A blank image, standing in for a logo that does not load. */
    private static final class Blank {
        static final byte[] PNG = png();

        private static byte[] png() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
