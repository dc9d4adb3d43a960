package io.arrowhead.cli.internal.stats;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Which volumes {@code --volumes} reports: {@code all}, {@code none}, or {@code top:N}, the N busiest by IOPS (read
 * plus write) in the same statistics answer. It bounds what is printed or exported; ranking needs every volume's
 * figures, so any choice but {@code none} asks the gateway about all volumes.
 *
 * @param top how many volumes for {@code top:N}; {@link Integer#MAX_VALUE} for all, 0 for none
 */
public record VolumeSelection(int top) {

    public static final VolumeSelection ALL = new VolumeSelection(Integer.MAX_VALUE);
    public static final VolumeSelection NONE = new VolumeSelection(0);

    public VolumeSelection {
        if (top < 0) {
            throw new IllegalArgumentException("A volume count cannot be negative.");
        }
    }

    public boolean any() {
        return top > 0;
    }

    public static VolumeSelection parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("all")) {
            return ALL;
        }
        if (value.equals("none")) {
            return NONE;
        }
        if (value.startsWith("top:")) {
            try {
                int count = Integer.parseInt(value.substring(4));
                if (count > 0) {
                    return new VolumeSelection(count);
                }
            } catch (NumberFormatException notANumber) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a volume selection: use all, none or top:N with N"
            + " a whole number above 0, such as top:100.");
    }

    @Override
    public String toString() {
        return top == Integer.MAX_VALUE ? "all" : top == 0 ? "none" : "top:" + top;
    }

    /** For picocli: a wrong value is a usage error with the sentence above. */
    public static final class Converter implements ITypeConverter<VolumeSelection> {
        @Override
        public VolumeSelection convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
