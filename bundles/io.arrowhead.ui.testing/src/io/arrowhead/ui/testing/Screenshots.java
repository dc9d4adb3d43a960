package io.arrowhead.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Saves what the display shows as PNG files under {@code arrowhead.test.screenshots} (default target/screenshots). */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path directory() {
        return Paths.get(System.getProperty("arrowhead.test.screenshots", "target/screenshots")).toAbsolutePath();
    }

    /** Saves the whole display as {@code <name>.png}. */
    public static Path save(UiDriver driver, String name) {
        return driver.onUi(() -> saveNow(driver.display(), name));
    }

    static Path saveNow(Display display, String name) {
        Rectangle area = display.getBounds();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            ImageData data = image.getImageData();
            Path file = directory().resolve(safeName(name) + ".png");
            Files.createDirectories(file.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Like {@link #save} but never throws, for use while reporting another failure. */
    static Path saveQuietly(UiDriver driver, String name) {
        try {
            return driver.display().isDisposed() ? null : save(driver, name);
        } catch (RuntimeException | AssertionError e) {
            return null;
        }
    }

    private static String safeName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
