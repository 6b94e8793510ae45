package fi.alke.documents.docx;

import java.math.BigInteger;

/**
 * Converts the page style's centimetres and points into the units WordprocessingML stores. Every
 * length in the renderer passes through here, so no layout number is written twice.
 */
final class Units {
    private static final double TWIPS_PER_CM = 1440 / 2.54;
    private static final double EMU_PER_CM = 360_000;

    private Units() {
    }

    /** Twentieths of a point, the unit of indents, margins and table widths. */
    static long twips(double cm) {
        return Math.round(cm * TWIPS_PER_CM);
    }

    /** {@link #twips(double)} as the BigInteger the JAXB classes take. */
    static BigInteger twipsOf(double cm) {
        return BigInteger.valueOf(twips(cm));
    }

    /** Twips for a length given in points, e.g. paragraph spacing. */
    static BigInteger pointTwips(double points) {
        return BigInteger.valueOf(Math.round(points * 20));
    }

    /** Half-points, the unit of font sizes. */
    static BigInteger halfPoints(double points) {
        return BigInteger.valueOf(Math.round(points * 2));
    }

    /** Eighths of a point, the unit of border widths. */
    static BigInteger eighthPoints(double points) {
        return BigInteger.valueOf(Math.round(points * 8));
    }

    /** A line-spacing multiple in 240ths, as "auto" line spacing stores it (1.15 → 276). */
    static BigInteger lineMultiple(double multiple) {
        return BigInteger.valueOf(Math.round(multiple * 240));
    }

    /** English metric units, the unit of DrawingML picture extents. */
    static long emu(double cm) {
        return Math.round(cm * EMU_PER_CM);
    }
}
