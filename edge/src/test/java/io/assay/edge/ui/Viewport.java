package io.assay.edge.ui;

/**
 * A screen the register runs on.
 *
 * @param touch true for tablets and phones (touch events, no hover)
 */
public record Viewport(String name, int width, int height, boolean touch) {

    /** A counter PC or a 13" laptop in the back office. */
    public static final Viewport DESKTOP = new Viewport("desktop", 1366, 1024, false);
    /** A 10" tablet in landscape at the counter. */
    public static final Viewport TABLET_LANDSCAPE = new Viewport("tablet-landscape", 1024, 768, true);
    /** A 12.9" tablet in landscape. */
    public static final Viewport TABLET_LARGE = new Viewport("tablet-large", 1366, 1024, true);
    /** A 10" tablet held upright. */
    public static final Viewport TABLET_PORTRAIT = new Viewport("tablet-portrait", 768, 1024, true);
    /** A phone on the shop floor. */
    public static final Viewport PHONE = new Viewport("phone", 390, 844, true);
}
