package org.csto.dectrack.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, regular and bold, from the classpath ({@code fonts/}, with its licence): the PDF embeds it and the
 * charts draw with it, so that Cyrillic renders the same on any machine, with or without system fonts.
 */
final class ReportFonts implements FontMapper {
    static {
        // a server has no display: AWT draws the charts off screen
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");
    private static final Font AWT_REGULAR = awt(REGULAR);
    private static final Font AWT_BOLD = awt(BOLD);

    private final BaseFont regular;
    private final BaseFont bold;

    /** The fonts of one document (a PDF embeds the subset it uses of each). */
    ReportFonts() {
        try {
            regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, REGULAR, null);
            bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BaseFont regular() {
        return regular;
    }

    BaseFont bold() {
        return bold;
    }

    /** The font the charts draw with, at {@code size} points. */
    static Font awt(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    /** Whatever font a chart asks for, the PDF writes its text in DejaVu Sans (bold when asked). */
    @Override
    public BaseFont awtToPdf(Font font) {
        return font.isBold() || font.getFontName().contains("Bold") ? bold : regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return awt(font == bold, size);
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read the report's font", e);
        }
    }
}
