package fi.alke.documents.tree;

import java.util.Arrays;
import java.util.Objects;

/**
 * A PNG or JPEG image with its alternative text.
 *
 * @param data         the encoded image
 * @param format       the encoding
 * @param pixelWidth   intrinsic width, for the aspect ratio
 * @param pixelHeight  intrinsic height
 * @param widthCm      the width to show it at, in centimetres
 * @param alt          the alternative text; required, for accessibility
 */
public record Image(byte[] data, Format format, int pixelWidth, int pixelHeight, double widthCm, String alt)
        implements Block {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.image(this);
    }

    public Image {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(format, "format");
        Checks.text("image.alt", alt);
        if (data.length == 0) {
            throw new IllegalArgumentException("image data is empty");
        }
        if (widthCm <= 0 || pixelWidth <= 0 || pixelHeight <= 0) {
            throw new IllegalArgumentException("image sizes must be positive");
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Images are equal when their bytes and attributes are, not only when they share an array. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Image image && Arrays.equals(data, image.data) && format == image.format
                && pixelWidth == image.pixelWidth && pixelHeight == image.pixelHeight
                && Double.compare(widthCm, image.widthCm) == 0 && alt.equals(image.alt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(data), format, pixelWidth, pixelHeight, widthCm, alt);
    }

    @Override
    public String toString() {
        return "Image[" + format + ", " + pixelWidth + "x" + pixelHeight + " px, " + data.length + " bytes, "
                + widthCm + " cm, alt=" + alt + "]";
    }

    /** The height to show the image at, keeping its aspect ratio. */
    public double heightCm() {
        return widthCm * pixelHeight / pixelWidth;
    }

    /** Supported encodings. */
    public enum Format { PNG, JPEG }
}
